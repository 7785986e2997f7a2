using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Syntax;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Diff;

/// <summary>
/// The written text of formulas, for showing them and for deciding whether two are the same
/// methodology: layout, comments and the spelling of numbers do not count (formulas are printed, not copied), renamed ids do not count.
/// </summary>
internal static partial class FormulaText
{
    /// <summary>What an index without <c>value = …</c> computes.</summary>
    public const string DefaultIndex = "total / scale";

    /// <summary>What a node without a formula computes.</summary>
    public const string SumOfChildren = "sum of children";

    /// <summary>The formula as written, on one line; <see cref="SumOfChildren"/> when there is none.</summary>
    public static string Display(BoundExpression? formula) => formula switch
    {
        null => SumOfChildren,
        { Syntax: ExpressionSyntax expression } => SyntaxPrinter.ExpressionText(expression),
        _ => DefaultIndex,
    };

    /// <summary>
    /// A form of <paramref name="displayed"/> that two formulas share exactly when they differ only in
    /// layout, in how numbers are written (<c>5</c>, <c>5.0</c>), or in ids that <paramref name="aliases"/> renames.
    /// </summary>
    public static string Canonical(string displayed, IReadOnlyDictionary<string, string> aliases)
    {
        var canonical = new StringBuilder();
        var previousIsWord = false;
        foreach (Match token in Token().Matches(displayed))
        {
            var text = token.Value;
            var isWord = char.IsLetterOrDigit(text[0]) || text[0] == '_';
            if (isWord && previousIsWord)
            {
                canonical.Append(' ');
            }

            canonical.Append(isWord ? CanonicalWord(text, aliases) : text);
            previousIsWord = isWord;
        }

        return canonical.ToString();
    }

    private static string CanonicalWord(string word, IReadOnlyDictionary<string, string> aliases)
    {
        if (char.IsDigit(word[0]) && decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return ResultNumbers.Normalize(number).ToString(CultureInfo.InvariantCulture);
        }

        return aliases.TryGetValue(word, out var renamed) ? renamed : word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|\S")]
    private static partial Regex Token();
}
