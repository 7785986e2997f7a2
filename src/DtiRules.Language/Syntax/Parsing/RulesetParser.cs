using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Antlr4.Runtime;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Generated;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Parsing;

/// <summary>
/// Turns ruleset text into a <see cref="SyntaxTree"/>. The only class that sees ANTLR types: it
/// lexes, parses, converts ANTLR errors to diagnostics and builds the immutable syntax nodes.
/// </summary>
internal sealed partial class RulesetParser
{
    /// <summary>Largest ruleset accepted, in characters; far above any real methodology.</summary>
    public const int MaxCharacters = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of formulas and nodes the later stages are asked to walk.</summary>
    public const int MaxNestingDepth = 200;

    /// <summary>The longest id accepted; longer names are a mistake (a pasted paragraph) and would make every lookup and suggestion slow.</summary>
    public const int MaxIdentifierLength = 200;

    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<SyntaxComment> _comments = [];
    private int _depth;
    private bool _depthReported;

    private RulesetParser(SourceText text) => _text = text;

    /// <summary>Parses <paramref name="text"/> into a syntax tree with every syntax error found.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        var parser = new RulesetParser(text);
        var root = parser.ParseRoot();
        return new SyntaxTree(text, root, parser._diagnostics.ToSortedList(), parser._comments);
    }

    private RulesetSyntax ParseRoot()
    {
        var empty = new RulesetSyntax(null, [], Span(0, _text.Text.Length));
        if (_text.Text.Length > MaxCharacters)
        {
            Report(DiagnosticDescriptors.FileTooLarge, Span(0, 0), _text.Text.Length, MaxCharacters);
            return empty;
        }

        var lexer = new DtiRulesLexer(new AntlrInputStream(_text.Text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        ReportLexicalProblems(tokens.GetTokens());
        if (FirstTooDeepBracket(tokens.GetTokens()) is { } tooDeep)
        {
            // ANTLR's error recovery walks the whole rule stack at every level, so thousands of
            // unclosed braces would take minutes to parse; past the limit nothing is parsed.
            ReportNestingTooDeep(SpanOf(tooDeep));
            return empty;
        }

        var parser = new DtiRulesParser(tokens);
        parser.RemoveErrorListeners();
        parser.AddErrorListener(new ErrorListener(this));
        try
        {
            var tree = parser.rulesetFile();
            return BuildRuleset(tree);
        }
        catch (InsufficientExecutionStackException)
        {
            // Thrown by the guard in the generated parser's partial class and by the builder:
            // pathological nesting must end in a diagnostic, never in a stack overflow.
            ReportNestingTooDeep(Span(0, 0));
            return empty;
        }
    }

    /// <summary>
    /// Reports token-level mistakes and repairs the tokens so the parse continues as the author
    /// meant, instead of cascading into errors elsewhere.
    /// </summary>
    private void ReportLexicalProblems(IList<IToken> tokens)
    {
        var visible = tokens.OfType<CommonToken>().Where(t => t.Channel == TokenConstants.DefaultChannel).ToList();
        for (var i = 0; i < visible.Count; i++)
        {
            RepairDecimalComma(visible, i);
            RepairComparison(visible, i);
        }

        foreach (var token in tokens.OfType<CommonToken>())
        {
            if (token.Type is DtiRulesLexer.IDENT or DtiRulesLexer.NON_ASCII_IDENT && token.Text.Length > MaxIdentifierLength)
            {
                Report(DiagnosticDescriptors.IdentifierTooLong, SpanOf(token), token.Text.Length, MaxIdentifierLength);
            }

            switch (token.Type)
            {
                case DtiRulesLexer.LINE_COMMENT or DtiRulesLexer.BLOCK_COMMENT:
                    _comments.Add(new SyntaxComment(token.Text.TrimEnd(), SpanOf(token)));
                    break;
                case DtiRulesLexer.UNTERMINATED_STRING:
                    Report(DiagnosticDescriptors.UnterminatedString, SpanOf(token));
                    token.Type = DtiRulesLexer.STRING;
                    break;
                case DtiRulesLexer.NON_ASCII_IDENT:
                    Report(DiagnosticDescriptors.NonAsciiIdentifier, SpanOf(token), token.Text, AsciiSuggestion(token.Text));
                    token.Type = DtiRulesLexer.IDENT;
                    break;
                case DtiRulesLexer.BAD_CHAR:
                    Report(DiagnosticDescriptors.InvalidCharacter, SpanOf(token), token.Text);
                    token.Channel = TokenConstants.HiddenChannel;
                    break;
            }
        }
    }

    /// <summary>The first '{' or '(' nested deeper than <see cref="MaxNestingDepth"/>, or null.</summary>
    private static IToken? FirstTooDeepBracket(IList<IToken> tokens)
    {
        var depth = 0;
        foreach (var token in tokens.Where(t => t.Channel == TokenConstants.DefaultChannel))
        {
            switch (token.Type)
            {
                case DtiRulesLexer.LBRACE or DtiRulesLexer.LPAREN when ++depth > MaxNestingDepth:
                    return token;
                case DtiRulesLexer.RBRACE or DtiRulesLexer.RPAREN:
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    /// <summary>Tokens after which a number is a value, not a function argument: '7,5' there is a decimal comma.</summary>
    private static readonly HashSet<int> ValuePositions =
    [
        DtiRulesLexer.COLON, DtiRulesLexer.ASSIGN, DtiRulesLexer.GE, DtiRulesLexer.GT, DtiRulesLexer.LE, DtiRulesLexer.LT,
        DtiRulesLexer.EQ, DtiRulesLexer.NE, DtiRulesLexer.PLUS, DtiRulesLexer.MINUS, DtiRulesLexer.STAR, DtiRulesLexer.SLASH,
        DtiRulesLexer.MAX, DtiRulesLexer.THEN, DtiRulesLexer.ELSE, DtiRulesLexer.DOTDOT, DtiRulesLexer.RANGE, DtiRulesLexer.PLUSMINUS,
        DtiRulesLexer.WEIGHT,
    ];

    private void RepairDecimalComma(List<CommonToken> tokens, int i)
    {
        if (i < 1 || i + 2 >= tokens.Count)
        {
            return;
        }

        var (whole, comma, fraction) = (tokens[i], tokens[i + 1], tokens[i + 2]);
        if (whole.Type != DtiRulesLexer.NUMBER || comma.Type != DtiRulesLexer.COMMA || fraction.Type != DtiRulesLexer.NUMBER
            || comma.StartIndex != whole.StopIndex + 1 || fraction.StartIndex != comma.StopIndex + 1 || fraction.Text.Contains('.', StringComparison.Ordinal)
            || !ValuePositions.Contains(tokens[i - 1].Type))
        {
            return;
        }

        var written = $"{whole.Text},{fraction.Text}";
        var corrected = $"{whole.Text}.{fraction.Text}";
        Report(DiagnosticDescriptors.DecimalComma, Span(whole.StartIndex, fraction.StopIndex + 1), written, corrected);
        whole.Text = corrected;
        whole.StopIndex = fraction.StopIndex;
        comma.Channel = TokenConstants.HiddenChannel;
        fraction.Channel = TokenConstants.HiddenChannel;
    }

    private void RepairComparison(List<CommonToken> tokens, int i)
    {
        if (tokens[i].Type == DtiRulesLexer.ASSIGN && i >= 1
            && tokens[i - 1].Type is not (DtiRulesLexer.SCORE or DtiRulesLexer.VALUE))
        {
            Report(DiagnosticDescriptors.AssignInsteadOfEquals, SpanOf(tokens[i]));
            tokens[i].Type = DtiRulesLexer.EQ;
        }
    }

    /// <summary>The name folded to ASCII (no diacritics, đ as d) with only letters, digits and '_' kept.</summary>
    private static string AsciiSuggestion(string name)
    {
        var ascii = new string([.. TextFolding.Fold(name).Where(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'))]);
        return ascii.Length == 0 ? "name_1" : ascii;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _diagnostics.Report(descriptor, span.Location, args);

    private void ReportNestingTooDeep(TextSpan span)
    {
        if (!_depthReported)
        {
            _depthReported = true;
            Report(DiagnosticDescriptors.NestingTooDeep, span, MaxNestingDepth);
        }
    }

    /// <summary>Enters one level of nesting; false (and one diagnostic) once the limit is passed.</summary>
    private bool TryEnterNesting(TextSpan span)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_depth >= MaxNestingDepth)
        {
            ReportNestingTooDeep(span);
            return false;
        }

        _depth++;
        return true;
    }

    private void LeaveNesting() => _depth--;

    private TextSpan Span(int start, int end) => TextSpan.FromBounds(start, end, _text);

    private TextSpan SpanOf(IToken token) => Span(token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1));

    private TextSpan SpanOf(ParserRuleContext context)
    {
        var start = context.Start.StartIndex;
        var stop = context.Stop is { } last && last.StopIndex >= start ? last.StopIndex + 1 : start;
        return Span(start, stop);
    }

    private IdentifierSyntax Identifier(IToken? token, ParserRuleContext fallback) =>
        token is null || token.Type == TokenConstants.EOF || token.StartIndex < 0 || token.TokenIndex < 0
            ? new IdentifierSyntax(string.Empty, Span(SpanOf(fallback).End, SpanOf(fallback).End))
            : new IdentifierSyntax(token.Text, SpanOf(token));

    private StringLiteralSyntax StringLiteral(IToken? token, ParserRuleContext fallback)
    {
        if (token is null || token.TokenIndex < 0 || token.Type != DtiRulesLexer.STRING)
        {
            return new StringLiteralSyntax(string.Empty, Span(SpanOf(fallback).End, SpanOf(fallback).End));
        }

        return new StringLiteralSyntax(Unquote(token.Text), SpanOf(token));
    }

    /// <summary>
    /// The text of a string token: <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c> are escapes, and a
    /// backslash before any other character is kept as written, so <c>"..\x.csv"</c> is the path typed.
    /// </summary>
    private static string Unquote(string text)
    {
        var body = text.Substring(1, text.Length - (IsClosed(text) ? 2 : 1));
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
                builder.Append(body[i] switch
                {
                    'n' => "\n",
                    't' => "\t",
                    '"' or '\\' => body[i].ToString(),
                    var other => $"\\{other}",
                });
            }
            else
            {
                builder.Append(body[i]);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when the text ends with its closing quote: an unterminated text (reported, then read as a
    /// text) may end anywhere, even right after its opening quote or with an escaped quote.
    /// </summary>
    private static bool IsClosed(string text)
    {
        if (text.Length < 2 || text[^1] != '"')
        {
            return false;
        }

        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }

    private NumberSyntax Number(IToken? token, bool negative, ParserRuleContext fallback)
    {
        if (token is null || token.TokenIndex < 0 || token.Type != DtiRulesLexer.NUMBER)
        {
            return new NumberSyntax(0m, "0", Span(SpanOf(fallback).End, SpanOf(fallback).End));
        }

        var text = (negative ? "-" : string.Empty) + token.Text;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) >= 1e20m)
        {
            Report(DiagnosticDescriptors.NumberOutOfRange, SpanOf(token), token.Text);
            value = 0m;
        }

        return new NumberSyntax(value, text, SpanOf(token));
    }

    private static ImmutableArray<T> Build<TContext, T>(IEnumerable<TContext> contexts, Func<TContext, T> build) =>
        [.. contexts.Select(build)];
}
