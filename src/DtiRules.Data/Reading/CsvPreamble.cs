using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// The comment lines at the top of a CSV file: notes for the reader of the results, and the
/// settings <c># dti: decimal=comma</c> and <c># dti: delimiter=;</c>. Excel's first line
/// <c>sep=;</c> sets the delimiter too. Without either, the character that splits most of the
/// first records alike sets it (<see cref="DelimiterGuess"/>; Excel's "Unicode text" is
/// tab-separated, and Excel under Vietnamese regional settings separates "CSV" with semicolons),
/// else a header split by only one of them, else a comma.
/// </summary>
internal sealed class CsvPreamble
{
    private const string SettingsMarker = "dti:";

    private static readonly char[] HeaderDelimiters = [',', ';', '\t'];

    private bool _delimiterSet;

    private CsvPreamble()
    {
    }

    /// <summary>The comment lines that are not settings, without their <c>#</c>.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>True when <c>decimal=comma</c> was set, or the numbers of a semicolon-separated file showed it (<see cref="AssumeDecimalComma"/>).</summary>
    public bool DecimalComma { get; private set; }

    /// <summary>True when the file sets <c>decimal=</c> itself.</summary>
    public bool DecimalDeclared { get; private set; }

    /// <summary>The field delimiter; a comma unless set.</summary>
    public char Delimiter { get; private set; } = ',';

    /// <summary>The 0-based index of an Excel <c>sep=</c> line, which is not part of the data; -1 when there is none.</summary>
    public int SeparatorLineIndex { get; private set; } = -1;

    /// <summary>Reads the preamble from the file's leading lines, reporting unknown settings.</summary>
    public static CsvPreamble Read(IEnumerable<string> lines, string path, DiagnosticBag diagnostics)
    {
        var preamble = new CsvPreamble();
        var index = -1;
        using var reader = lines.GetEnumerator();
        while (reader.MoveNext())
        {
            var written = reader.Current;
            index++;
            var line = written.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                preamble.ReadComment(line[1..].Trim(), new SourceLocation(path, index + 1, 1), diagnostics);
                continue;
            }

            if (line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line.Length == 5)
            {
                preamble.Delimiter = line[4];
                preamble.SeparatorLineIndex = index;
            }
            else if (!preamble._delimiterSet)
            {
                // The line as written: trimming would drop a trailing tab, the delimiter of an empty last cell.
                char? suggested = HeaderDelimiters.Where(written.Contains).ToList() is [var only] ? only : null;
                var (sample, whole) = Sample(written, reader);
                preamble.Delimiter = DelimiterGuess.Of(sample, whole, suggested) ?? suggested ?? ',';
            }

            break;
        }

        return preamble;
    }

    /// <summary>The first line of the table and the lines after it, as many as the guess of the delimiter reads; whole when the file ends there.</summary>
    private static (List<string> Lines, bool Whole) Sample(string first, IEnumerator<string> rest)
    {
        List<string> sample = [first];
        while (sample.Count < DelimiterGuess.SampleRecords)
        {
            if (!rest.MoveNext())
            {
                return (sample, true);
            }

            sample.Add(rest.Current);
        }

        return (sample, false);
    }

    /// <summary>Reads the file's numbers with a decimal comma although it does not say so (see <see cref="DecimalCommaGuess"/>).</summary>
    public void AssumeDecimalComma() => DecimalComma = true;

    private void ReadComment(string comment, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (!comment.StartsWith(SettingsMarker, StringComparison.OrdinalIgnoreCase))
        {
            Notes.Add(comment);
            return;
        }

        foreach (var setting in comment[SettingsMarker.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryApply(setting))
            {
                diagnostics.Report(DataDiagnostics.UnknownSetting, location, setting);
            }
        }
    }

    private bool TryApply(string setting)
    {
        var equals = setting.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return false;
        }

        var key = setting[..equals].ToLowerInvariant();
        var value = setting[(equals + 1)..];
        switch (key)
        {
            case "decimal" when DecimalSetting.TryParse(value, out var decimalComma):
                DecimalComma = decimalComma;
                DecimalDeclared = true;
                return true;
            case "delimiter" when TryParseDelimiter(value, out var delimiter):
                Delimiter = delimiter;
                _delimiterSet = true;
                return true;
            default:
                return false;
        }
    }

    private static bool TryParseDelimiter(string value, out char delimiter)
    {
        delimiter = value.ToLowerInvariant() switch
        {
            "," => ',',
            ";" => ';',
            "|" => '|',
            "tab" or "\\t" => '\t',
            _ => '\0',
        };
        return delimiter != '\0';
    }
}
