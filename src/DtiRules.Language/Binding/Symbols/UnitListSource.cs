namespace DtiRules.Language.Binding.Symbols;

/// <summary>Where the units a ruleset scores are listed.</summary>
public enum UnitListSource
{
    /// <summary>No <c>units</c> clause: the built-in list of the unit kind, when the kind has one.</summary>
    BuiltIn,

    /// <summary><c>units "path.csv"</c>: a CSV or Excel list beside the ruleset.</summary>
    File,

    /// <summary><c>units open</c>: every distinct name in the data is a unit, exactly as written.</summary>
    Open,
}
