using System.Globalization;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Text;

/// <summary>
/// Warns about each line of a ruleset that holds an invisible direction control: such a character
/// makes a label, reason or comment display in another order than it is read and checked, which
/// can hide what a line says from its reviewer (Trojan Source).
/// </summary>
public static class DirectionControlLines
{
    /// <summary>Reports <see cref="DiagnosticDescriptors.DirectionControl"/> at the first direction control of every line of <paramref name="text"/> that holds one.</summary>
    public static void Report(SourceText text, DiagnosticBag diagnostics)
    {
        var line = 1;
        var lineStart = 0;
        var reported = false;
        for (var offset = 0; offset < text.Text.Length; offset++)
        {
            var c = text.Text[offset];
            if (c == '\n')
            {
                (line, lineStart, reported) = (line + 1, offset + 1, false);
            }
            else if (!reported && IsDirectionControl(c))
            {
                var column = offset - lineStart + 1;
                diagnostics.Report(
                    DiagnosticDescriptors.DirectionControl,
                    new SourceLocation(text.Path, line, column, line, column + 1),
                    ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                reported = true;
            }
        }
    }

    /// <summary>The marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm.</summary>
    private static bool IsDirectionControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
