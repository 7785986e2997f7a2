using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// The diagnostic texts as the resource files in the repository write them, read as XML: what a
/// test expects is taken from the files a translator edits, not from the code under test.
/// </summary>
internal static class DiagnosticResx
{
    /// <summary>The text of <paramref name="key"/> in the <c>DiagnosticText</c> file of <paramref name="project"/> (e.g. <c>DtiRules.Language</c>).</summary>
    public static string Text(string project, string key, bool vietnamese)
    {
        var file = RepositoryPaths.Combine("src", project, "Resources", vietnamese ? "DiagnosticText.vi.resx" : "DiagnosticText.resx");
        return XDocument.Load(file).Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;
    }

    /// <summary>The message template of <paramref name="code"/>, from whichever project's file defines it.</summary>
    public static string Message(string code, bool vietnamese)
    {
        var key = code + "_Message";
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.Combine("src")))
        {
            var file = Path.Combine(folder, "Resources", vietnamese ? "DiagnosticText.vi.resx" : "DiagnosticText.resx");
            if (File.Exists(file) && XDocument.Load(file).Root!.Elements("data").FirstOrDefault(d => (string?)d.Attribute("name") == key) is { } data)
            {
                return data.Element("value")!.Value;
            }
        }

        throw new KeyNotFoundException($"No resource file defines {key}.");
    }

    /// <summary>A pattern that matches every message the template can produce: its words exactly, any text for each argument.</summary>
    public static Regex Pattern(string template)
    {
        var pattern = new StringBuilder("^");
        foreach (var part in Regex.Split(template, @"(\{\{|\}\}|\{\d+(?:[,:][^}]*)?\})"))
        {
            pattern.Append(part switch
            {
                "{{" => Regex.Escape("{"),
                "}}" => Regex.Escape("}"),
                _ when part.StartsWith('{') => ".*?",
                _ => Regex.Escape(part),
            });
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.Singleline);
    }
}
