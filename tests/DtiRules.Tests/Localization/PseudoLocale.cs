using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// Runs <c>dti</c> with <c>DTIRULES_LANG=pseudo</c>, where every text read from the resource files
/// is wrapped in ⟦…⟧, and finds the words a person would read that came from nowhere: written in
/// code instead of the resource files, so they would stay English under <c>--lang vi</c>.
/// </summary>
internal static partial class PseudoLocale
{
    /// <summary>Runs <c>dti ARGUMENTS</c> in the pseudo language, as its own process.</summary>
    public static Task<(int ExitCode, string Out, string Error)> Run(params string[] arguments) =>
        DtiProcess.Run(arguments, new Dictionary<string, string?> { ["DTIRULES_LANG"] = "pseudo" });

    /// <summary>
    /// The lines of <paramref name="output"/> that hold a word outside ⟦…⟧ which is not data: data
    /// are the words of the files the command read (<paramref name="inputFiles"/>: ids, labels,
    /// unit names, provenance), numbers, diagnostic codes, paths and file names, and
    /// <paramref name="alsoAllowed"/> (words that are the same in both languages, e.g. <c>DTI</c>).
    /// An empty result means every human-readable word was translated.
    /// </summary>
    public static IReadOnlyList<string> UntranslatedLines(string output, IEnumerable<string> inputFiles, params string[] alsoAllowed)
    {
        var vocabulary = new HashSet<string>(alsoAllowed, StringComparer.OrdinalIgnoreCase);
        foreach (var file in inputFiles)
        {
            foreach (Match word in Word().Matches(File.ReadAllText(file)))
            {
                vocabulary.Add(word.Value);
            }
        }

        var untranslated = new List<string>();
        foreach (var line in output.Split('\n'))
        {
            // What is never prose goes first: a quoted id filled into a translated text sits between
            // two of its runs ('⟧dti⟦'). Then the translated runs, innermost first, until none is left:
            // translated text may quote translated text at any depth.
            var outside = NotWords().Replace(line, " ");
            for (var inner = Wrapped().Replace(outside, " "); inner != outside; inner = Wrapped().Replace(outside, " "))
            {
                outside = inner;
            }

            outside = NotWords().Replace(outside, " ");
            if (Word().Matches(outside).Any(word => word.Value.Length > 1 && !vocabulary.Contains(word.Value)))
            {
                untranslated.Add(line);
            }
        }

        return untranslated;
    }

    /// <summary>A run of letters: the unit a reader reads.</summary>
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>Translated text holding no other translated text.</summary>
    [GeneratedRegex(@"⟦[^⟦⟧]*⟧")]
    private static partial Regex Wrapped();

    /// <summary>What is never prose: diagnostic codes, paths and file names, quoted ids, numbers.</summary>
    [GeneratedRegex(@"\bDR\d{4}\b|[\w.\-]*[/\\][\w./\\\-]*|\b[\w\-]+\.(?:dti|csv|json|xlsx|html|tsv|txt|sarif|xml)\b|'[^'\s]*'|\b\w*_\w*\b|\d+")]
    private static partial Regex NotWords();
}
