using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// The cells of one code column that Excel turned into numbers, gathered so that they make one
/// diagnostic (DR4322) saying how many rows there are, instead of one error per row: when Excel took
/// the codes for numbers it took all of them, and the fix is the column's, not each row's.
/// </summary>
/// <param name="header">The column's header as written.</param>
internal sealed class NumberCodeColumn(string header)
{
    private readonly List<(RawCell Cell, string Was)> _commaNumbers = [];
    private readonly List<(RawCell Cell, string Was)> _lostZeros = [];
    private int _numberShaped;

    /// <summary>The cells written as numbers with a decimal comma, in the order added.</summary>
    public IEnumerable<RawCell> CommaNumbers => _commaNumbers.Select(n => n.Cell);

    // Most cells shaped like a number are written with a decimal comma: the column's codes were all turned.
    private bool MostlyCommaNumbers => _commaNumbers.Count > 0 && _commaNumbers.Count * 2 > _numberShaped;

    /// <summary>Notes a code cell; true when it is a number with a decimal comma, which <see cref="Report"/> then accounts for.</summary>
    public bool Add(RawCell cell)
    {
        var text = cell.Text.Trim();
        if (ExcelNumberCodes.HasNumberShape(text))
        {
            _numberShaped++;
        }

        if (!ExcelNumberCodes.IsCommaNumber(text))
        {
            return false;
        }

        var was = ExcelNumberCodes.WithPoint(text);
        _commaNumbers.Add((cell, DiagnosticTexts.Phrase(nameof(DiagnosticText.CodeOrCode), was, was + "0")));
        return true;
    }

    /// <summary>Notes a cell that repeats an earlier row's code and is what Excel shows of <paramref name="listedCode"/>, which the data lacks.</summary>
    public void AddLostZero(RawCell cell, string listedCode) => _lostZeros.Add((cell, $"'{listedCode}'"));

    /// <summary>
    /// Reports one DR4322 for the rows with a final zero lost and, when they are the column's, the
    /// comma numbers; true when the comma numbers are in it (else the caller reports them one by one).
    /// </summary>
    public bool Report(DiagnosticBag diagnostics)
    {
        List<(RawCell Cell, string Was)> turned = MostlyCommaNumbers ? [.. _commaNumbers, .. _lostZeros] : _lostZeros;
        if (turned.Count > 0)
        {
            var first = turned.MinBy(t => t.Cell.Location.Line);
            diagnostics.Report(DataDiagnostics.CodesTurnedIntoNumbers, first.Cell.Location, turned.Count, header, first.Cell.Text.Trim(), first.Was);
        }

        return MostlyCommaNumbers;
    }
}
