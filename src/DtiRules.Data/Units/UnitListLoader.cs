using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Finds the unit list of each ruleset a command reads data for: the command line's
/// <c>--units FILE|open</c> when given, else the header's <c>units</c> clause, else the built-in list
/// of the ruleset's kind. Each list is read once per command, so its problems are reported once.
/// </summary>
/// <param name="unitsOption">The value of <c>--units</c>, or null.</param>
public sealed class UnitListLoader(string? unitsOption)
{
    /// <summary>The word that asks for an open list, in a header (<c>units open</c>) and on the command line.</summary>
    public const string OpenWord = "open";

    private readonly Dictionary<(string Source, string Kind), UnitList?> _lists = [];

    /// <summary>The list for a ruleset with <paramref name="header"/>; null, with the reason reported, when there is none or it has problems.</summary>
    public UnitList? For(RulesetHeader header, DiagnosticBag diagnostics)
    {
        var kind = header.UnitKind;
        if (unitsOption is { } option)
        {
            return option == OpenWord
                ? Cached(OpenWord, kind, () => Open(kind, null, diagnostics))
                : Cached("file:" + option, kind, () => UnitListReader.Read(option, kind, diagnostics));
        }

        var clause = header.UnitList;
        switch (clause.Source)
        {
            case UnitListSource.File:
                return Cached("file:" + clause.Path, kind, () => UnitListReader.Read(clause.Path, kind, diagnostics, clause.Location));
            case UnitListSource.Open:
                return Cached(OpenWord, kind, () => Open(kind, clause.Location, diagnostics));
            case UnitListSource.BuiltIn:
                if (UnitList.BuiltInFor(kind) is { } builtIn)
                {
                    return builtIn;
                }

                return Cached(string.Empty, kind, () =>
                {
                    diagnostics.Report(DataDiagnostics.NoUnitList, header.UnitKindLocation, kind);
                    return null;
                });
            default:
                throw new ArgumentOutOfRangeException(nameof(header), clause.Source, "Unknown unit list source.");
        }
    }

    private static UnitList Open(string kind, SourceLocation? clause, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DataDiagnostics.OpenUnitList, clause);
        return UnitList.Open(kind);
    }

    private UnitList? Cached(string source, string kind, Func<UnitList?> read)
    {
        if (!_lists.TryGetValue((source, kind), out var list))
        {
            _lists[(source, kind)] = list = read();
        }

        return list;
    }
}
