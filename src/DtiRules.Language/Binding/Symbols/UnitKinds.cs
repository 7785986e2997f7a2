namespace DtiRules.Language.Binding.Symbols;

/// <summary>The kinds of unit a ruleset can score, as written after <c>unit</c> and in a unit list's <c>kind</c> column.</summary>
public static class UnitKinds
{
    /// <summary>Provinces and centrally-run cities; the only kind with built-in lists.</summary>
    public const string Province = "province";

    /// <summary>Communes, wards and special zones (xã, phường, đặc khu).</summary>
    public const string Commune = "commune";

    /// <summary>Districts, towns and provincial cities (huyện, thị xã, thành phố thuộc tỉnh).</summary>
    public const string District = "district";

    /// <summary>A province's departments, boards and agencies, and its district people's committees (sở, ban, ngành, UBND cấp huyện).</summary>
    public const string Department = "department";

    /// <summary>Ministries and ministry-level agencies.</summary>
    public const string Ministry = "ministry";

    /// <summary>Anything else (schools, hospitals, …): a list of this kind may mix kinds.</summary>
    public const string Custom = "custom";

    /// <summary>Every kind, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Province, Commune, District, Department, Ministry, Custom];
}
