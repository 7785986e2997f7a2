namespace DtiRules.Language.Syntax.Nodes;

/// <summary>How a header property's value is written.</summary>
public enum PropertyValueKind
{
    /// <summary>A quoted text.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A bare word such as <c>province</c> or <c>zero</c>.</summary>
    Identifier,
}
