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
        [.. Sources().SelectMany(text => QuotedText().Matches(text).Select(m => m.Groups[1].Value).Concat(ListNames(text)))
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
        var lists = Directory.GetFiles(RepositoryPaths.Combine("data", "units"), "*.csv");
        return rulesets.Concat(lists).Order(StringComparer.Ordinal).Select(path => File.ReadAllText(path, Encoding.UTF8).Normalize(NormalizationForm.FormC));
    }

    // Unit lists and maps are CSV with a header; the names, aliases and the names a map mentions are Vietnamese.
    private static IEnumerable<string> ListNames(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var header = lines[0].Split(',');
        var named = Enumerable.Range(0, header.Length).Where(i => header[i] is "name" or "aliases" or "from_name" or "to_name").ToList();
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .SelectMany(cells => named.Where(i => i < cells.Length).SelectMany(i => cells[i].Split(';')))
            .Select(name => name.Trim().Trim('"').Trim())
            .Where(name => name.Length > 0);
    }

    [GeneratedRegex("\"([^\"\\n]*)\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
