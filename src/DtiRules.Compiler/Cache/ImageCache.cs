using System.Security.Cryptography;
using System.Text;
using DtiRules.Compiler.Resources;

namespace DtiRules.Compiler.Cache;

/// <summary>
/// The disk cache of compiled rulesets, trusted only as far as it proves itself. The folder must be
/// the user's and private (it is made so); every entry is the image after an HMAC-SHA256 tag over
/// the ruleset's key and the image, made with the user's <see cref="SigningKey"/>, so a planted,
/// altered, truncated or swapped image fails the check. An entry that is not a regular file of the
/// user, is larger than <see cref="MaxImageBytes"/> or fails the check is never loaded: the ruleset
/// is compiled again and the entry replaced, and the rejection is reported.
/// </summary>
internal sealed class ImageCache
{
    /// <summary>The largest image read from the cache; generated images of the largest rulesets are a few hundred kilobytes.</summary>
    public const long MaxImageBytes = 64L * 1024 * 1024;

    private const string Extension = ".dtic";

    private readonly string _folder;
    private readonly byte[]? _key;

    /// <summary>The cache in <paramref name="folder"/>, signing with the key at <paramref name="keyFile"/>; see <see cref="Rejection"/> for whether it is used.</summary>
    public ImageCache(string folder, string keyFile)
    {
        _folder = folder;
        if (IsInside(keyFile, folder))
        {
            Rejection = new CacheRejection(keyFile, InMemoryOnly(new CacheRefusal(nameof(CacheText.KeyInsideCacheFolder))));
        }
        else if (PrivateFiles.UsableFolder(folder) is { } folderRefusal)
        {
            Rejection = new CacheRejection(folder, InMemoryOnly(folderRefusal));
        }
        else if (SigningKey.LoadOrCreate(keyFile, out var keyRefusal) is { } key)
        {
            _key = key;
        }
        else
        {
            Rejection = new CacheRejection(keyFile, InMemoryOnly(keyRefusal!));
        }
    }

    /// <summary>Why the cache is not used at all, or null when it is.</summary>
    public CacheRejection? Rejection { get; }

    /// <summary>The file of the entry for <paramref name="rulesetKey"/>.</summary>
    public string PathOf(string rulesetKey) => Path.Combine(_folder, rulesetKey + Extension);

    /// <summary>True when an entry exists for <paramref name="rulesetKey"/>; it is verified only when read.</summary>
    public bool Contains(string rulesetKey) => _key is not null && File.Exists(PathOf(rulesetKey));

    /// <summary>The verified image for <paramref name="rulesetKey"/>, or null: absent, or rejected with the reason in <paramref name="rejection"/>.</summary>
    public byte[]? TryRead(string rulesetKey, out CacheRejection? rejection)
    {
        rejection = null;
        if (_key is null)
        {
            return null;
        }

        var path = PathOf(rulesetKey);
        OwnedFile entry;
        try
        {
            entry = PrivateFiles.Read(path, MaxImageBytes + HMACSHA256.HashSizeInBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entry = OwnedFile.Refused(new CacheRefusal(nameof(CacheText.CannotRead), e.Message));
        }

        if (entry.Bytes is not { } bytes)
        {
            rejection = entry.Refusal is { } refusal ? new CacheRejection(path, refusal) : null;
            return null;
        }

        if (bytes.Length <= HMACSHA256.HashSizeInBytes)
        {
            rejection = new CacheRejection(path, new CacheRefusal(nameof(CacheText.Truncated)));
            return null;
        }

        var image = bytes.AsSpan(HMACSHA256.HashSizeInBytes);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, HMACSHA256.HashSizeInBytes), Tag(rulesetKey, image)))
        {
            rejection = new CacheRejection(path, new CacheRefusal(nameof(CacheText.SignatureMismatch)));
            return null;
        }

        return image.ToArray();
    }

    /// <summary>Signs and stores <paramref name="image"/>, replacing any entry; a cache that cannot be written is skipped, as it only saves time.</summary>
    public void Write(string rulesetKey, byte[] image)
    {
        if (_key is null)
        {
            return;
        }

        var signed = new byte[HMACSHA256.HashSizeInBytes + image.Length];
        Tag(rulesetKey, image).CopyTo(signed, 0);
        image.CopyTo(signed, HMACSHA256.HashSizeInBytes);
        try
        {
            PrivateFiles.WriteWhole(PathOf(rulesetKey), signed, replace: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Scoring goes on with the image in memory.
        }
    }

    /// <summary>The tag binds the image to its ruleset key, so an image stored under another ruleset's name fails.</summary>
    private byte[] Tag(string rulesetKey, ReadOnlySpan<byte> image)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key!);
        hmac.AppendData(Encoding.UTF8.GetBytes(rulesetKey + "\n"));
        hmac.AppendData(image);
        return hmac.GetHashAndReset();
    }

    private static CacheRefusal InMemoryOnly(CacheRefusal why) => new(nameof(CacheText.KeptInMemory), why);

    private static bool IsInside(string file, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(file).StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
