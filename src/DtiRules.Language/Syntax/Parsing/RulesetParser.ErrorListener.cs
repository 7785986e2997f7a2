using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Generated;

namespace DtiRules.Language.Syntax.Parsing;

internal sealed partial class RulesetParser
{
    /// <summary>Turns ANTLR's syntax errors into positioned diagnostics with readable expectations.</summary>
    private sealed class ErrorListener(RulesetParser owner) : BaseErrorListener
    {
        private const int MaxExpectedShown = 6;

        public override void SyntaxError(
            TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
        {
            var parser = (Parser)recognizer;
            var expected = e?.GetExpectedTokens() ?? parser.GetExpectedTokens();
            var found = offendingSymbol.Type == TokenConstants.EOF ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_EndOfFile)) : $"'{offendingSymbol.Text}'";
            owner.Report(
                DiagnosticDescriptors.UnexpectedToken,
                owner.SpanOf(offendingSymbol),
                found,
                Describe(expected, parser.Vocabulary),
                Hint(expected));
        }

        private static string Describe(IntervalSet expected, IVocabulary vocabulary)
        {
            var names = expected.ToList()
                .Where(t => t != DtiRulesLexer.UNTERMINATED_STRING && t != DtiRulesLexer.BAD_CHAR && t != DtiRulesLexer.NON_ASCII_IDENT)
                .Select(t => t switch
                {
                    TokenConstants.EOF => DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_EndOfFile)),
                    DtiRulesLexer.IDENT => DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_Name)),
                    DtiRulesLexer.NUMBER => DiagnosticTexts.Phrase(nameof(DiagnosticText.ANumber)),
                    DtiRulesLexer.STRING => DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_QuotedText)),
                    _ => vocabulary.GetDisplayName(t),
                })
                .Distinct()
                .ToList();
            if (names.Count == 0)
            {
                return DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_SomethingElse));
            }

            var shown = string.Join(", ", names.Take(MaxExpectedShown));
            return names.Count > MaxExpectedShown ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_OneOfOrAnother), shown) : names.Count > 1 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_OneOf), shown) : shown;
        }

        /// <summary>Says what to write where the expectation alone does not make it clear.</summary>
        private static string Hint(IntervalSet expected) =>
            expected.Contains(DtiRulesLexer.RULESET) ? " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.Token_RulesetHeaderHint)) : string.Empty;
    }
}
