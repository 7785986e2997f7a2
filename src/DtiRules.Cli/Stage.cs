namespace DtiRules.Cli;

/// <summary>A stage of a scoring command, as <c>--timings</c> names it.</summary>
internal enum Stage
{
    /// <summary>Reading the data files (and a stored snapshot).</summary>
    Read,

    /// <summary>Reading and checking the rulesets, and checking the data against them.</summary>
    Bind,

    /// <summary>Compiling a ruleset with Roslyn (the compiled engine, not cached yet).</summary>
    Compile,

    /// <summary>Loading a compiled ruleset from the disk cache.</summary>
    Load,

    /// <summary>Scoring: the run and its engine.</summary>
    Score,

    /// <summary>Writing the result.</summary>
    Write,
}
