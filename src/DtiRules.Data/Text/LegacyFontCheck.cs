using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Text;

/// <summary>
/// Reports table cells typed in a legacy Vietnamese font encoding (TCVN3, VNI), so that such text
/// is never taken as a unit name or a value. Every reader of tables (datasets, unit maps, unit
/// lists) asks it before it uses a cell's text.
/// </summary>
public static class LegacyFontCheck
{
    /// <summary>True, after reporting <see cref="DataDiagnostics.LegacyFontText"/> at <paramref name="location"/>, when <paramref name="cell"/> is legacy-font text.</summary>
    public static bool Reported(string cell, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (LegacyFontText.Find(cell) is not { } match)
        {
            return false;
        }

        diagnostics.Report(DataDiagnostics.LegacyFontText, location, cell, match.EncodingName, LegacyFontText.Read(cell, match.Encoding));
        return true;
    }
}
