using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using DtiRules.Analysis.Explain;
using DtiRules.Cli;
using DtiRules.Compiler;
using DtiRules.Data.Reading;
using DtiRules.Language.Binding;
using DtiRules.LanguageServer;
using DtiRules.Scoring;

namespace DtiRules.Tests.Localization;

/// <summary>Every text a person reads exists in English and in Vietnamese, with the same placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly Assembly[] ProductAssemblies =
    [
        typeof(BoundRuleset).Assembly,
        typeof(ScoringResult).Assembly,
        typeof(CompiledEngine).Assembly,
        typeof(ExplanationBuilder).Assembly,
        typeof(DatasetReader).Assembly,
        typeof(DtiApp).Assembly,
        typeof(DtiLanguageServer).Assembly,
    ];

    /// <summary>Each resource file of the product, as (assembly, base name), for the theories.</summary>
    public static TheoryData<string, string> ResourceFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var assembly in ProductAssemblies)
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("Text.resources", StringComparison.Ordinal)))
            {
                files.Add(assembly.GetName().Name!, name[..^".resources".Length]);
            }
        }

        return files;
    }

    [Fact]
    public void The_command_line_has_resource_files()
    {
        Assert.Contains(ResourceFiles(), row => (string)row[1] == "DtiRules.Cli.Resources.HelpText");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_has_both_languages_with_the_same_placeholders(string assemblyName, string baseName)
    {
        var assembly = ProductAssemblies.Single(a => a.GetName().Name == assemblyName);
        var resources = new ResourceManager(baseName, assembly);
        var english = Texts(resources, CultureInfo.InvariantCulture);
        var vietnamese = Texts(resources, CultureInfo.GetCultureInfo("vi"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(vietnamese.Keys).Select(key => $"{key} has no Vietnamese text"));
        Assert.Empty(vietnamese.Keys.Except(english.Keys).Select(key => $"{key} has no English text"));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(vietnamese[key]), $"{key} is empty in Vietnamese");
            Assert.Equal(Placeholders(text), Placeholders(vietnamese[key]));
        }
    }

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture)
    {
        // tryParents is false: a Vietnamese key must be in the Vietnamese file, not borrowed from English.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? []
            : set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
