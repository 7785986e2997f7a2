using System.Text;
using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Text;

/// <summary>
/// Real Vietnamese: the words and labels of the repository's rulesets and unit lists (names of the
/// provinces before and after the 2025 merger, the methodology's criteria), in NFC.
/// </summary>
internal static partial class VietnameseVocabulary
{
    private static readonly Lazy<IReadOnlyList<string>> LazyLabels = new(() =>
        [.. Sources().SelectMany(text => QuotedText().Matches(text).Select(m => m.Groups[1].Value).Concat(RegistryNames(text)))
            .Where(label => !Ascii.IsValid(label))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<string>> LazyWords = new(() =>
        [.. Labels.SelectMany(label => Word().Matches(label).Select(m => m.Value))
            .Where(word => !Ascii.IsValid(word))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)]);

    /// <summary>Labels and unit names with letters outside ASCII, e.g. "Tỷ lệ hộ gia đình có cáp quang".</summary>
    public static IReadOnlyList<string> Labels => LazyLabels.Value;

    /// <summary>The distinct words of <see cref="Labels"/> that have letters outside ASCII.</summary>
    public static IReadOnlyList<string> Words => LazyWords.Value;

    private static IEnumerable<string> Sources()
    {
        var rulesets = Directory.GetFiles(RepositoryPaths.Combine("rulesets"), "*.dti", SearchOption.AllDirectories);
        var registries = Directory.GetFiles(RepositoryPaths.Combine("src", "DtiRules.Data", "Units", "Registry"), "*.csv");
        return rulesets.Concat(registries).Order(StringComparer.Ordinal).Select(path => File.ReadAllText(path, Encoding.UTF8).Normalize(NormalizationForm.FormC));
    }

    // Registry rows are "code,name,slug,aliases…": the name and the aliases are Vietnamese.
    private static IEnumerable<string> RegistryNames(string text) =>
        text.Split('\n').Skip(1).SelectMany(line => line.Split(',').Skip(1).Take(1).Concat(line.Split(',').Skip(3).SelectMany(a => a.Split('|'))))
            .Select(name => name.Trim()).Where(name => name.Length > 0);

    [GeneratedRegex("\"([^\"\\n]*)\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
