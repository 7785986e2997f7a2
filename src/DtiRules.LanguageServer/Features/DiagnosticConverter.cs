using DtiRules.Language.Diagnostics;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Turns a compilation's diagnostics into the protocol's, for one document. A diagnostic that
/// points into another file (a base edition's own problem) is shown on this file's <c>extends</c>
/// clause, with the other file's place as related information, so nothing found is hidden.
/// </summary>
internal static class DiagnosticConverter
{
    public static IReadOnlyList<LspDiagnostic> Convert(DocumentAnalysis analysis, Func<string, string> uriOf)
    {
        var extends = analysis.Compilation.SyntaxTree.Root.Header?.Base?.Span
            ?? analysis.Compilation.SyntaxTree.Root.Header?.Name.Span;
        var result = new List<LspDiagnostic>();
        foreach (var diagnostic in analysis.Compilation.Diagnostics)
        {
            var related = diagnostic.Related.Select(r => new DiagnosticRelatedInformation(
                new Protocol.Location(uriOf(r.Location.Path), PositionMapper.ToRange(r.Location)), r.Message)).ToList();
            var location = diagnostic.Location;
            if (location is null || location.Path == analysis.Path)
            {
                var range = location is null ? PositionMapper.ToRange(Language.Text.SourceLocation.File(analysis.Path)) : PositionMapper.ToRange(location);
                result.Add(Create(diagnostic, range, diagnostic.Message, related) with
                {
                    Data = diagnostic.Suggestions.Count == 0 ? null : new LspDiagnosticData(diagnostic.Suggestions),
                });
                continue;
            }

            var here = extends is { } span ? PositionMapper.ToRange(span) : PositionMapper.ToRange(Language.Text.SourceLocation.File(analysis.Path));
            related.Insert(0, new DiagnosticRelatedInformation(new Protocol.Location(uriOf(location.Path), PositionMapper.ToRange(location)), diagnostic.Message));
            // No suggestions here: a name offered for the other file would replace this file's extends clause.
            result.Add(Create(diagnostic, here, DiagnosticTexts.Phrase(nameof(DiagnosticText.InOtherFile), Path.GetFileName(location.Path), location.Line, diagnostic.Message), related));
        }

        return result;
    }

    private static LspDiagnostic Create(Diagnostic diagnostic, Protocol.Range range, string message, List<DiagnosticRelatedInformation> related) =>
        new(range, Severity(diagnostic.Severity), diagnostic.Code, "dti", message, related.Count == 0 ? null : related);

    private static int Severity(Severity severity) => severity switch
    {
        Language.Diagnostics.Severity.Error => ProtocolConstants.SeverityError,
        Language.Diagnostics.Severity.Warning => ProtocolConstants.SeverityWarning,
        _ => ProtocolConstants.SeverityInformation,
    };
}
