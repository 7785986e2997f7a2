namespace DtiRules.Language.Syntax.Nodes;

/// <summary>An operator as written; the binder resolves it to a typed operation.</summary>
public enum SyntaxOperator
{
    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c> between two operands.</summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c></summary>
    Divide,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,

    /// <summary><c>not</c></summary>
    Not,

    /// <summary><c>-</c> before one operand.</summary>
    Negate,
}
