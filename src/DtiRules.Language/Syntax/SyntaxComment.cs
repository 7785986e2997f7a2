using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax;

/// <summary>A comment of a ruleset file (<c>// …</c> or <c>/* … */</c>), kept so the formatter can put it back.</summary>
/// <param name="Text">The comment as written, markers included.</param>
/// <param name="Span">Where it is written.</param>
public sealed record SyntaxComment(string Text, TextSpan Span);
