using DtiRules.Language.Diagnostics;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Turns a compilation's diagnostics and those of its unit list into the protocol's, for one
/// document. A diagnostic that points into another file is shown on this file's clause that brought
/// the file in (a base edition's problem on <c>extends</c>, a unit list's on <c>units</c>), with the
/// other file's place as related information, so nothing found is hidden.
/// </summary>
internal static class DiagnosticConverter
{
    public static IReadOnlyList<LspDiagnostic> Convert(DocumentAnalysis analysis, Func<string, string> uriOf)
    {
        var header = analysis.Compilation.SyntaxTree.Root.Header;
        var extends = header?.Base?.Span is { } baseSpan ? PositionMapper.ToRange(baseSpan) : Fallback(analysis);
        var units = analysis.Ruleset.Header.UnitList.Location is { } clause && clause.Path == analysis.Path ? PositionMapper.ToRange(clause) : extends;
        return [.. Convert(analysis.Compilation.Diagnostics, analysis.Path, extends, uriOf), .. Convert(analysis.UnitListDiagnostics, analysis.Path, units, uriOf)];
    }

    // The ruleset's name, or the file's start when it has none.
    private static Protocol.Range Fallback(DocumentAnalysis analysis) =>
        analysis.Compilation.SyntaxTree.Root.Header?.Name.Span is { } name ? PositionMapper.ToRange(name) : PositionMapper.ToRange(Language.Text.SourceLocation.File(analysis.Path));

    private static List<LspDiagnostic> Convert(IEnumerable<Diagnostic> diagnostics, string path, Protocol.Range here, Func<string, string> uriOf)
    {
        var result = new List<LspDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var related = diagnostic.Related.Select(r => new DiagnosticRelatedInformation(
                new Protocol.Location(uriOf(r.Location.Path), PositionMapper.ToRange(r.Location)), r.Message)).ToList();
            var location = diagnostic.Location;
            if (location is null || location.Path == path)
            {
                var range = location is null ? PositionMapper.ToRange(Language.Text.SourceLocation.File(path)) : PositionMapper.ToRange(location);
                result.Add(Create(diagnostic, range, diagnostic.Message, related) with
                {
                    Data = diagnostic.Suggestions.Count == 0 ? null : new LspDiagnosticData(diagnostic.Suggestions),
                });
                continue;
            }

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
