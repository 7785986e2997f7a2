using DtiRules.Scoring;

namespace DtiRules.Tests.Language;

/// <summary>A small ruleset in the shape of the DTI, and helpers to score it on data built in code.</summary>
internal static class MiniRuleset
{
    public const string Header = """
        ruleset mini edition 2022 {
          title "Bộ chỉ số thử"
          basis "test"
          unit province
          scale 100
          round 4
          missing zero
        }
        """;

    public const string Index = """
        index dti "DTI" { documented "total / scale" }
        """;

    /// <summary>A ruleset with one main index of 100 points holding <paramref name="body"/>.</summary>
    public static string WithNodes(string inputs, string body) =>
        $"{Header}\n{inputs}\nnode main \"Chính\" max 100 {{\n  documented \"test\"\n{body}\n}}\n{Index}\n";

    public static ScoringData Data(IReadOnlyList<string> units, params (string Field, decimal?[] Cells)[] columns) =>
        new([.. units.Select((u, i) => new UnitIdentity((i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), u))],
            columns.ToDictionary(c => c.Field, c => c.Cells));
}
