namespace DtiRules.Compiler.Cache;

/// <summary>What reading a file of the cache found: its bytes, or why they were not read.</summary>
internal readonly record struct OwnedFile(byte[]? Bytes, CacheRefusal? Refusal, bool Absent)
{
    public static OwnedFile Missing { get; } = new(null, null, true);

    public static OwnedFile Refused(CacheRefusal reason) => new(null, reason, false);

    public static OwnedFile Read(byte[] bytes) => new(bytes, null, false);
}
