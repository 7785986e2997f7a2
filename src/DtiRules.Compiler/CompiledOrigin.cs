namespace DtiRules.Compiler;

/// <summary>Where a scorer's compiled code came from: what getting it cost.</summary>
public enum CompiledOrigin
{
    /// <summary>Loaded already in this engine: nothing.</summary>
    Memory,

    /// <summary>Loaded from the disk cache.</summary>
    Disk,

    /// <summary>Compiled with Roslyn.</summary>
    Compiled,

    /// <summary>Nothing to compile: the ruleset has errors and scores to DR3006.</summary>
    NotCompiled,
}
