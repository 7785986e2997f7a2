using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Text;

/// <summary>Reads a ruleset file through <see cref="TextDecoding"/>, reporting problems as diagnostics.</summary>
public static class SourceFileReader
{
    /// <summary>The file's text, or null after reporting why it could not be read.</summary>
    public static SourceText? Read(string path, DiagnosticBag diagnostics)
    {
        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceLocation.File(path), path, reason);
            return null;
        }

        if (TextDecoding.Decode(bytes, out var problem) is { } text)
        {
            return SourceText.From(text, path);
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidEncoding, problem!.LocationIn(path), problem.Message);
        return null;
    }
}
