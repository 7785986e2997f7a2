namespace DtiRules.Data.Binding;

/// <summary>What to do with data columns the ruleset's schema does not know.</summary>
public enum UnknownFields
{
    /// <summary>Each is an error with a "did you mean": right when data is prepared for this edition.</summary>
    Error,

    /// <summary>They are left out with one note: right when another year's data is rescored under this edition.</summary>
    Ignore,
}
