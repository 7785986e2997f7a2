namespace DtiRules.Language.Builtins;

/// <summary>Which operands a binary operator takes and what it gives; the binder's type rules go by it.</summary>
public enum OperatorFamily
{
    /// <summary>Numbers to a number: <c>+ - * /</c>.</summary>
    Arithmetic,

    /// <summary>Numbers, or members of one level type, to yes/no: <c>&lt; &lt;= &gt; &gt;= == !=</c> (yes/no values compare with <c>==</c> and <c>!=</c>).</summary>
    Comparison,

    /// <summary>Yes/no values to yes/no: <c>and or</c>.</summary>
    Logical,
}
