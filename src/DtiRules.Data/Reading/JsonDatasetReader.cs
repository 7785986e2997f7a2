using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using Newtonsoft.Json;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads a JSON dataset: <c>{ "notes": [...], "decimal": "comma", "units": [ { "unit": "Hà Nội", "field": 0.5 } ] }</c>,
/// or only the list of unit objects. The token reader is used directly, so that a property given
/// twice in one object is seen and reported instead of silently overwritten.
/// </summary>
internal sealed class JsonDatasetReader
{
    private const string UnitProperty = "unit";

    private readonly JsonTextReader _reader;
    private readonly JsonPositionMap _positions;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, SourceLocation> _fieldLocations = new(StringComparer.Ordinal);
    private readonly HashSet<RawCell> _numberCells = new(ReferenceEqualityComparer.Instance);
    private SourceLocation _tokenStart;
    private bool _decimalComma;
    private int _unitObjectCount;

    private JsonDatasetReader(string text, string path, DiagnosticBag diagnostics)
    {
        _reader = new JsonTextReader(new StringReader(text))
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            DateParseHandling = DateParseHandling.None,
        };
        _positions = new JsonPositionMap(text);
        _path = path;
        _diagnostics = diagnostics;
        _tokenStart = new SourceLocation(path, 1, 1);
    }

    private JsonToken Token => _reader.TokenType;

    /// <summary>Reads <paramref name="text"/>; returns null when it is not JSON or holds no units.</summary>
    public static RawDataset? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var reader = new JsonDatasetReader(text, path, diagnostics);
        try
        {
            return reader.ReadDocument();
        }
        catch (JsonReaderException exception)
        {
            var location = new SourceLocation(path, Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition));
            diagnostics.Report(DataDiagnostics.InvalidJson, location, WithoutPosition(exception.Message));
            return null;
        }
    }

    private static string WithoutPosition(string message)
    {
        // The parser appends "Path '…', line n, position m."; the diagnostic's location already says where.
        var end = message.IndexOf(" Path '", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd(' ', '.');
    }

    private RawDataset? ReadDocument()
    {
        if (!Next())
        {
            _diagnostics.Report(DataDiagnostics.EmptyData, SourceLocation.File(_path), "units");
            return null;
        }

        var documentStart = _tokenStart;
        List<RawUnitRow>? rows;
        switch (Token)
        {
            case JsonToken.StartObject:
                rows = ReadRoot();
                break;
            case JsonToken.StartArray:
                rows = ReadUnits();
                break;
            default:
                _diagnostics.Report(DataDiagnostics.UnexpectedJsonShape, documentStart, DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_SingleValue)));
                return null;
        }

        // Reading past the end makes the parser report any text after the document.
        Next();
        if (rows is null)
        {
            return null;
        }

        if (_unitObjectCount == 0)
        {
            _diagnostics.Report(DataDiagnostics.EmptyData, documentStart, "units");
        }

        if (_decimalComma)
        {
            // Numbers written as JSON numbers are already exact; spell them with the declared comma
            // so that every cell of the file is read by the same rule.
            rows = [.. rows.Select(row => row with { Cells = [.. row.Cells.Select(WithDecimalComma)] })];
        }

        return new RawDataset(_path, rows, _decimalComma, _notes) { FieldLocations = _fieldLocations };
    }

    private RawCell WithDecimalComma(RawCell cell) =>
        _numberCells.Contains(cell) ? cell with { Text = cell.Text.Replace('.', ',') } : cell;

    private List<RawUnitRow>? ReadRoot()
    {
        var rootStart = _tokenStart;
        List<RawUnitRow>? rows = null;
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (Next() && Token == JsonToken.PropertyName)
        {
            var name = Nfc((string)_reader.Value!);
            if (IsRepeated(name, firstLines))
            {
                continue;
            }

            Next();
            switch (name)
            {
                case "notes":
                    ReadNotes();
                    break;
                case "decimal":
                    ReadDecimalSetting();
                    break;
                case "units" when Token == JsonToken.StartArray:
                    rows = ReadUnits();
                    break;
                case "units":
                    ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_UnitsList)));
                    break;
                default:
                    ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_UnknownTop), name));
                    break;
            }
        }

        if (rows is null && !firstLines.ContainsKey("units"))
        {
            _diagnostics.Report(DataDiagnostics.UnexpectedJsonShape, rootStart, DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_NoUnitsList)));
        }

        return rows;
    }

    private void ReadNotes()
    {
        if (Token == JsonToken.String)
        {
            _notes.Add(Nfc((string)_reader.Value!));
            return;
        }

        if (Token != JsonToken.StartArray)
        {
            ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_NotesList)));
            return;
        }

        while (Next() && Token != JsonToken.EndArray)
        {
            if (Token == JsonToken.String)
            {
                _notes.Add(Nfc((string)_reader.Value!));
            }
            else
            {
                ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_NoteText)));
            }
        }
    }

    private void ReadDecimalSetting()
    {
        if (Token == JsonToken.String && DecimalSetting.TryParse((string)_reader.Value!, out var decimalComma))
        {
            _decimalComma = decimalComma;
            return;
        }

        var written = Token == JsonToken.String ? (string)_reader.Value! : Convert.ToString(_reader.Value, CultureInfo.InvariantCulture) ?? Token.ToString();
        _diagnostics.Report(DataDiagnostics.UnknownSetting, _tokenStart, $"decimal={written}");
        _reader.Skip();
    }

    private List<RawUnitRow> ReadUnits()
    {
        var rows = new List<RawUnitRow>();
        while (Next() && Token != JsonToken.EndArray)
        {
            if (Token == JsonToken.StartObject)
            {
                ReadUnit(rows);
            }
            else
            {
                ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_UnitObject)));
            }
        }

        return rows;
    }

    private void ReadUnit(List<RawUnitRow> rows)
    {
        _unitObjectCount++;
        var objectStart = _tokenStart;
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new List<RawCell>();
        string? unitText = null;
        var unitLocation = objectStart;
        while (Next() && Token == JsonToken.PropertyName)
        {
            var name = Nfc((string)_reader.Value!);
            var nameLocation = _tokenStart;
            if (IsRepeated(name, firstLines))
            {
                continue;
            }

            Next();
            if (name == UnitProperty)
            {
                unitLocation = _tokenStart;
                if (Token == JsonToken.String)
                {
                    unitText = Nfc((string)_reader.Value!).Trim();
                }
                else
                {
                    ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_UnitText)));
                }
            }
            else if (TryReadCellText(out var text, out var isNumber))
            {
                var cell = new RawCell(name, text, _tokenStart);
                cells.Add(cell);
                if (isNumber)
                {
                    _numberCells.Add(cell);
                }

                _fieldLocations.TryAdd(name, nameLocation);
            }
            else
            {
                ReportShape(DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_ValueKind), name));
            }
        }

        if (!firstLines.ContainsKey(UnitProperty))
        {
            _diagnostics.Report(DataDiagnostics.NoUnitColumn, objectStart, DiagnosticTexts.Phrase(nameof(DiagnosticText.Json_NoUnitProperty)));
        }
        else if (unitText is { Length: 0 })
        {
            _diagnostics.Report(DataDiagnostics.EmptyUnitName, unitLocation);
        }
        else if (unitText is not null)
        {
            rows.Add(new RawUnitRow(unitText, unitLocation, cells));
        }
    }

    private bool TryReadCellText(out string text, out bool isNumber)
    {
        isNumber = Token is JsonToken.Integer or JsonToken.Float;
        if (isNumber)
        {
            text = Convert.ToString(_reader.Value, CultureInfo.InvariantCulture)!;
            return true;
        }

        text = Token switch
        {
            JsonToken.String => Nfc((string)_reader.Value!),
            JsonToken.Boolean => (bool)_reader.Value! ? "true" : "false",
            _ => string.Empty,
        };
        return Token is JsonToken.String or JsonToken.Boolean or JsonToken.Null or JsonToken.Undefined;
    }

    /// <summary>Reports a repeated property (and skips its value), or records where it is first given.</summary>
    private bool IsRepeated(string name, Dictionary<string, int> firstLines)
    {
        if (!firstLines.TryGetValue(name, out var firstLine))
        {
            firstLines[name] = _tokenStart.Line;
            return false;
        }

        _diagnostics.Report(DataDiagnostics.DuplicateJsonProperty, _tokenStart, name, firstLine);
        Next();
        _reader.Skip();
        return true;
    }

    /// <summary>Reports a value of the wrong shape at its start and skips it.</summary>
    private void ReportShape(string problem)
    {
        _diagnostics.Report(DataDiagnostics.UnexpectedJsonShape, _tokenStart, problem);
        _reader.Skip();
    }

    /// <summary>Moves to the next token that is not a comment, and records where it starts.</summary>
    private bool Next()
    {
        var (line, position) = (_reader.LineNumber, _reader.LinePosition);
        while (_reader.Read())
        {
            if (Token == JsonToken.Comment)
            {
                (line, position) = (_reader.LineNumber, _reader.LinePosition);
                continue;
            }

            var start = _positions.NextTokenAfter(line, position);
            _tokenStart = new SourceLocation(_path, start.Line, start.Column);
            return true;
        }

        return false;
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
