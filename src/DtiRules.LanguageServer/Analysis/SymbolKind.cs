namespace DtiRules.LanguageServer.Analysis;

/// <summary>What a name in a ruleset names.</summary>
internal enum SymbolKind
{
    /// <summary>An input, node or output: the one namespace formulas read.</summary>
    Name,

    /// <summary>A level type.</summary>
    LevelType,

    /// <summary>A member of a level type.</summary>
    LevelMember,

    /// <summary>A built-in function.</summary>
    Function,

    /// <summary>A ruleset id in a header or after <c>extends</c>.</summary>
    Ruleset,
}
