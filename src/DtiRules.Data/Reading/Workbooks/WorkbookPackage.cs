using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace DtiRules.Data.Reading.Workbooks;

/// <summary>
/// An .xlsx file opened as the zip of XML parts it is: the sheets by name, the shared strings and
/// which cell styles show dates. Every part is read as a stream and counted against the
/// workbook's <see cref="WorkbookLimits"/>; nothing is sized from what the file declares.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheetParts;
    private readonly string? _sharedStringsPart;
    private readonly string? _stylesPart;
    private List<string>? _sharedStrings;
    private HashSet<int>? _dateStyles;

    /// <summary>Opens the workbook in <paramref name="content"/>.</summary>
    /// <exception cref="InvalidDataException">Not a zip file, or a part is missing.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    /// <exception cref="WorkbookTooLargeException">The parts are larger than the limit.</exception>
    public WorkbookPackage(byte[] content, WorkbookLimits limits)
    {
        Limits = limits;
        Budget = new ByteBudget(limits.MaxUncompressedBytes);
        _zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var relationships = Relationships("xl/_rels/workbook.xml.rels");
        (SheetNames, _sheetParts) = Sheets(relationships);
        _sharedStringsPart = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        _stylesPart = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
    }

    /// <summary>The limits this workbook is read within.</summary>
    public WorkbookLimits Limits { get; }

    /// <summary>The uncompressed bytes still allowed.</summary>
    public ByteBudget Budget { get; }

    /// <summary>The sheet names, in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>The workbook's shared strings (text cells refer to them by index).</summary>
    public IReadOnlyList<string> SharedStrings => _sharedStrings ??= ReadSharedStrings();

    /// <summary>The indexes of the cell styles whose number format shows a date or a time.</summary>
    public IReadOnlySet<int> DateStyles => _dateStyles ??= ReadDateStyles();

    /// <summary>Opens the XML of <paramref name="sheet"/>.</summary>
    public XmlReader OpenSheet(string sheet) => Open(_sheetParts[sheet]) ?? throw new InvalidDataException($"The part of sheet '{sheet}' is missing.");

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    private XmlReader? Open(string part)
    {
        var entry = _zip.GetEntry(part) ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
        return entry is null ? null : XmlReader.Create(new CountingStream(entry.Open(), Budget), Settings);
    }

    private Dictionary<string, (string Type, string Target)> Relationships(string part)
    {
        var relationships = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = Open(part) ?? throw new InvalidDataException("The workbook has no list of its parts (xl/_rels/workbook.xml.rels).");
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship", NamespaceURI: PackageRelationshipNamespace }
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                relationships[id] = (reader.GetAttribute("Type") ?? string.Empty, PartName(target));
            }
        }

        return relationships;
    }

    /// <summary>A relationship's target as a part name: relative to <c>xl/</c>, or absolute from the package's root.</summary>
    private static string PartName(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

    private (List<string> Names, Dictionary<string, string> Parts) Sheets(Dictionary<string, (string Type, string Target)> relationships)
    {
        var names = new List<string>();
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Open("xl/workbook.xml") ?? throw new InvalidDataException("The workbook part (xl/workbook.xml) is missing.");
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet", NamespaceURI: MainNamespace }
                && reader.GetAttribute("name") is { } name
                && reader.GetAttribute("id", RelationshipNamespace) is { } id
                && relationships.TryGetValue(id, out var relationship)
                && parts.TryAdd(name, relationship.Target))
            {
                names.Add(name);
            }
        }

        return (names, parts);
    }

    private List<string> ReadSharedStrings()
    {
        var strings = new List<string>();
        if (_sharedStringsPart is null || Open(_sharedStringsPart) is not { } reader)
        {
            return strings;
        }

        using (reader)
        {
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "si", NamespaceURI: MainNamespace })
                {
                    strings.Add(ReadText(reader));
                }
            }
        }

        return strings;
    }

    /// <summary>
    /// The text of the element the reader is on (<c>si</c> or <c>is</c>): its <c>t</c>, or its rich
    /// text runs joined; phonetic guides are left out. The reader ends on the element's end.
    /// </summary>
    public static string ReadText(XmlReader reader)
    {
        var text = new System.Text.StringBuilder();
        using var inner = reader.ReadSubtree();
        inner.Read();
        inner.Read();
        while (!inner.EOF)
        {
            if (inner is { NodeType: XmlNodeType.Element, LocalName: "rPh" })
            {
                inner.Skip();
            }
            else if (inner is { NodeType: XmlNodeType.Element, LocalName: "t" })
            {
                text.Append(inner.ReadElementContentAsString());
            }
            else
            {
                inner.Read();
            }
        }

        return text.ToString();
    }

    private HashSet<int> ReadDateStyles()
    {
        var dates = new HashSet<int>();
        if (_stylesPart is null || Open(_stylesPart) is not { } reader)
        {
            return dates;
        }

        var codes = new Dictionary<int, string>();
        var style = 0;
        var inCellStyles = false;
        using (reader)
        {
            while (reader.Read())
            {
                if (reader is not { NodeType: XmlNodeType.Element or XmlNodeType.EndElement, NamespaceURI: MainNamespace })
                {
                    continue;
                }

                if (reader.LocalName == "cellXfs")
                {
                    inCellStyles = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
                }
                else if (reader is { NodeType: XmlNodeType.Element, LocalName: "numFmt" } && Integer(reader.GetAttribute("numFmtId")) is { } id)
                {
                    codes[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                }
                else if (inCellStyles && reader is { NodeType: XmlNodeType.Element, LocalName: "xf" })
                {
                    if (Integer(reader.GetAttribute("numFmtId")) is { } format && NumberFormats.IsDate(format, codes.GetValueOrDefault(format)))
                    {
                        dates.Add(style);
                    }

                    style++;
                }
            }
        }

        return dates;
    }

    /// <summary>A whole number attribute, or null.</summary>
    public static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
