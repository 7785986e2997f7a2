namespace DtiRules.LanguageServer.Analysis;

/// <summary>The words of the language that are not ids: keywords, and names with a built-in meaning.</summary>
internal static class LanguageWords
{
    /// <summary>
    /// The keywords of grammar/DtiRulesLexer.g4; a test compares the two, so a new keyword in the
    /// grammar cannot be missed here.
    /// </summary>
    public static readonly IReadOnlyList<string> Keywords =
    [
        "ruleset", "edition", "levels", "input", "note", "node", "output", "index", "rank", "extends", "override", "remove", "move",
        "rename", "to", "map", "test", "expect", "within", "uncertainty", "weight", "noise", "policy", "formula", "max", "score", "value", "group", "missing", "range", "unit",
        "source", "documented", "assumed", "if", "then", "else", "and", "or", "not", "yes", "no", "tiers",
    ];

    /// <summary>Names formulas read without a declaration.</summary>
    public static readonly IReadOnlyList<string> BuiltinNames = ["total", "scale"];

    /// <summary>True when <paramref name="name"/> can be an id: ASCII letters, digits and '_', not a keyword or built-in name.</summary>
    public static bool IsValidId(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name) && !BuiltinNames.Contains(name);
}
