using System.Globalization;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private static readonly string[] HeaderKeys = ["title", "basis", "source", "unit", "units", "scale", "round", "missing"];
    private const string OpenList = "open";
    private static readonly string[] PolicyNames = ["error", "zero", "exclude", "mean"];

    private const int MaxRounding = 10;

    private RulesetHeader BindHeader(HeaderSyntax? header)
    {
        if (header is null)
        {
            // The grammar requires a header, so the parser has already reported its absence.
            return new RulesetHeader(string.Empty, 0, string.Empty, string.Empty, string.Empty, "province", 1000m, 4, MissingPolicy.Error, SourceLocation.File(_tree.Text.Path));
        }

        var errorsBefore = _diagnostics.Count(d => d.IsError);
        var seen = new Dictionary<string, PropertySyntax>(StringComparer.Ordinal);
        foreach (var property in header.Properties)
        {
            var key = property.Key.Name;
            if (!HeaderKeys.Contains(key))
            {
                Report(DiagnosticDescriptors.UnknownProperty, property.Key.Span, key, DidYouMean(key, HeaderKeys));
            }
            else if (seen.TryGetValue(key, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateClause, property.Key.Span, key, Location(first).Line);
            }
            else
            {
                seen.Add(key, property);
            }
        }

        var title = RequireText(header, seen, "title", "title \"Bộ chỉ số …\"");
        var basis = RequireText(header, seen, "basis", "basis \"922/QĐ-BTTTT\"");
        var source = seen.TryGetValue("source", out var s) ? ExpectKind(s, PropertyValueKind.String, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_QuotedText))) : string.Empty;
        var unitKind = BindUnitKind(header, seen);
        var unitList = seen.TryGetValue("units", out var units) ? BindUnitList(units) : UnitListReference.BuiltIn;
        var scale = BindScale(header, seen);
        var rounding = BindRounding(seen);
        var policy = seen.TryGetValue("missing", out var m) ? BindPolicy(m.Value, m.ValueSpan) ?? MissingPolicy.Error : MissingPolicy.Error;
        var edition = header.Edition.Value == decimal.Truncate(header.Edition.Value) && header.Edition.Value is > 0 and < 10000
            ? (int)header.Edition.Value
            : 0;
        return new RulesetHeader(header.Name.Name, edition, title, basis, source, unitKind, scale, rounding, policy, Location(header.Span))
        {
            UnitKindLocation = seen.TryGetValue("unit", out var unit) ? Location(unit) : Location(header.Name.Span),
            UnitList = unitList,
            HasErrors = _diagnostics.Count(d => d.IsError) > errorsBefore,
        };
    }

    private string RequireText(HeaderSyntax header, Dictionary<string, PropertySyntax> seen, string key, string example)
    {
        if (!seen.TryGetValue(key, out var property))
        {
            Report(DiagnosticDescriptors.MissingProperty, header.Name.Span, key, example);
            return string.Empty;
        }

        return ExpectKind(property, PropertyValueKind.String, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_QuotedText)));
    }

    private string ExpectKind(PropertySyntax property, PropertyValueKind kind, string description)
    {
        if (property.ValueKind != kind)
        {
            Report(DiagnosticDescriptors.ArgumentType, property.ValueSpan, 1, property.Key.Name, description, KindWord(property.ValueKind), string.Empty);
        }

        return property.Value;
    }

    private static string KindWord(PropertyValueKind kind) => kind switch
    {
        PropertyValueKind.String => DiagnosticTexts.Phrase(nameof(DiagnosticText.ValueKind_String)),
        PropertyValueKind.Number => DiagnosticTexts.Phrase(nameof(DiagnosticText.ValueKind_Number)),
        PropertyValueKind.Identifier => DiagnosticTexts.Phrase(nameof(DiagnosticText.ValueKind_Identifier)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of property value."),
    };

    private string BindUnitKind(HeaderSyntax header, Dictionary<string, PropertySyntax> seen)
    {
        if (!seen.TryGetValue("unit", out var property))
        {
            Report(DiagnosticDescriptors.MissingProperty, header.Name.Span, "unit", "unit province");
            return "province";
        }

        if (property.ValueKind != PropertyValueKind.Identifier || !UnitKinds.All.Contains(property.Value))
        {
            Report(DiagnosticDescriptors.UnknownUnitKind, property.ValueSpan, property.Value, DidYouMean(property.Value, UnitKinds.All));
            return UnitKinds.Province;
        }

        return property.Value;
    }

    /// <summary>
    /// <c>units "path"</c> names a list beside the ruleset file that writes the clause (an inherited
    /// clause is written in the base edition's file); <c>units open</c> accepts any name.
    /// </summary>
    private UnitListReference BindUnitList(PropertySyntax property)
    {
        var location = Location(property);
        if (property.ValueKind == PropertyValueKind.Identifier && property.Value == OpenList)
        {
            return new UnitListReference(UnitListSource.Open, string.Empty, location);
        }

        if (property.ValueKind != PropertyValueKind.String || property.Value.Trim().Length == 0)
        {
            var found = property.ValueKind == PropertyValueKind.String ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Found_EmptyText)) : $"'{property.Value}'";
            Report(DiagnosticDescriptors.InvalidUnitList, property.ValueSpan, found);
            return UnitListReference.BuiltIn;
        }

        // \n and \t are escapes, so "data\new.csv" reads as a new line: no file is named that way.
        if (property.Value.AsSpan().IndexOfAny('\n', '\t') >= 0)
        {
            Report(DiagnosticDescriptors.EscapeInUnitListPath, property.ValueSpan, SyntaxPrinter.Quote(property.Value));
            return UnitListReference.BuiltIn;
        }

        // Windows separators (..\lists\x.csv) name the same file everywhere; the path is kept as
        // written beside the ruleset, with its ./ and folder/.. steps taken, so messages show it plainly.
        var folder = System.IO.Path.GetDirectoryName(property.ValueSpan.Source.Path) ?? string.Empty;
        var written = property.Value.Trim().Replace('\\', '/');
        return new UnitListReference(UnitListSource.File, RelativePath.Normalise(System.IO.Path.Combine(folder, written)), location);
    }

    private decimal BindScale(HeaderSyntax header, Dictionary<string, PropertySyntax> seen)
    {
        if (!seen.TryGetValue("scale", out var property))
        {
            Report(DiagnosticDescriptors.MissingProperty, header.Name.Span, "scale", "scale 1000");
            return 1000m;
        }

        if (property.ValueKind != PropertyValueKind.Number
            || !decimal.TryParse(property.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var scale) || scale <= 0)
        {
            Report(DiagnosticDescriptors.ArgumentType, property.ValueSpan, 1, "scale", DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_PositiveNumber)), property.Value, string.Empty);
            return 1000m;
        }

        return scale;
    }

    private int BindRounding(Dictionary<string, PropertySyntax> seen)
    {
        if (!seen.TryGetValue("round", out var property))
        {
            return 4;
        }

        if (property.ValueKind != PropertyValueKind.Number
            || !int.TryParse(property.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) || digits > MaxRounding)
        {
            Report(DiagnosticDescriptors.NotConstant, property.ValueSpan, "'round'", 0, MaxRounding);
            return 4;
        }

        return digits;
    }

    private MissingPolicy? BindPolicy(string written, TextSpan span)
    {
        switch (written)
        {
            case "error": return MissingPolicy.Error;
            case "zero": return MissingPolicy.Zero;
            case "exclude": return MissingPolicy.Exclude;
            case "mean": return MissingPolicy.Mean;
            case "":
                return null;
            default:
                Report(DiagnosticDescriptors.UnknownPolicy, span, written, DidYouMean(written, PolicyNames));
                return null;
        }
    }
}
