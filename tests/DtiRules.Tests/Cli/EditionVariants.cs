using System.Text.RegularExpressions;
using DtiRules.Language.Binding;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>Editions derived from the 2022 ruleset in tests, and the shipped editions that check cleanly.</summary>
internal static class EditionVariants
{
    private static readonly string[] MainIndexIds =
        ["nhan_thuc_so", "the_che_so", "ha_tang_so", "nhan_luc_so", "an_toan_thong_tin_mang", "do_thi_thong_minh", "hd_chinh_quyen_so", "hd_kinh_te_so", "hd_xa_hoi_so"];

    /// <summary>2022 with every main index renamed: an edition that breaks the series.</summary>
    public static string RenamedMainIndices(int edition) =>
        Regex.Replace(WithEdition(edition), $@"\b({string.Join('|', MainIndexIds)})\b", "$1_moi");

    /// <summary>2022 with a stricter tier for steering-committee meetings: a small change of method.</summary>
    public static string StricterMeetings(int edition)
    {
        var text = WithEdition(edition);
        const string Tier = "score = tiers nt_so_cuoc_hop { >= 4: 10,";
        Assert.Contains(Tier, text, StringComparison.Ordinal);
        return text.Replace(Tier, "score = tiers nt_so_cuoc_hop { >= 6: 10,", StringComparison.Ordinal);
    }

    /// <summary>The shipped provincial editions other than 2022 that check without errors.</summary>
    public static IReadOnlyList<string> ShippedOthers() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("rulesets", "dti-province"), "*.dti")
            .Where(p => Path.GetFileName(p) != "2022.dti" && !RulesetCompilation.FromFile(p).HasErrors)
            .Order(StringComparer.Ordinal)];

    private static string WithEdition(int edition)
    {
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022);
        Assert.Contains("edition 2022", text, StringComparison.Ordinal);
        return text.Replace("edition 2022", $"edition {edition}", StringComparison.Ordinal);
    }
}
