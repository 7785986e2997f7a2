namespace DtiRules.Cli;

/// <summary>Which engine scores: <c>--engine interpreted|compiled|auto</c>.</summary>
internal enum ScoringEngine
{
    /// <summary>The reference interpreter.</summary>
    Interpreted,

    /// <summary>The ruleset compiled to C# with Roslyn (cached once compiled).</summary>
    Compiled,

    /// <summary>Compiled when the ruleset is compiled already or the work is large enough to repay compiling; else interpreted.</summary>
    Auto,
}
