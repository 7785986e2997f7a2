using System.Security.Cryptography;
using DtiRules.Compiler.Resources;

namespace DtiRules.Compiler.Cache;

/// <summary>
/// The user's secret for signing compiled images: 32 random bytes in a file readable by the user
/// only, kept outside the cache folder so that whoever can put files in the cache still cannot
/// sign them. Made on first use; when two processes make it at once, the first file written wins
/// and both use it.
/// </summary>
internal static class SigningKey
{
    /// <summary>The length of the key in bytes, as HMAC-SHA256 wants it.</summary>
    public const int Length = 32;

    /// <summary>The key at <paramref name="path"/>, made when missing; null with the reason when the file there cannot be trusted.</summary>
    public static byte[]? LoadOrCreate(string path, out CacheRefusal? refusal)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && PrivateFiles.UsableFolder(folder) is { } folderRefusal)
            {
                refusal = new CacheRefusal(nameof(CacheText.KeyFolderUnusable), folderRefusal);
                return null;
            }

            var existing = PrivateFiles.Read(path, Length, ownerOnly: true);
            if (existing.Absent)
            {
                PrivateFiles.WriteWhole(path, RandomNumberGenerator.GetBytes(Length), replace: false);
                existing = PrivateFiles.Read(path, Length, ownerOnly: true);
            }

            refusal = existing.Refusal ?? (existing.Bytes is { Length: Length } ? null : new CacheRefusal(nameof(CacheText.KeyWrongLength), Length));
            return refusal is null ? existing.Bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusal = new CacheRefusal(nameof(CacheText.KeyCannotBeReadOrMade), e.Message);
            return null;
        }
    }
}
