using System.Collections;
using DtiRules.Data.Reading;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Data;

public sealed class RawDatasetLocationTests
{
    /// <summary>Cells that count how many times one of them is read.</summary>
    private sealed class CountingCells(IReadOnlyList<RawCell> cells) : IReadOnlyList<RawCell>
    {
        public int Reads { get; private set; }

        public int Count => cells.Count;

        public RawCell this[int index]
        {
            get
            {
                Reads++;
                return cells[index];
            }
        }

        public IEnumerator<RawCell> GetEnumerator()
        {
            foreach (var cell in cells)
            {
                Reads++;
                yield return cell;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Without_field_locations_every_field_is_found_at_its_first_cell_reading_each_cell_once()
    {
        // As the readers of rounds give it: one unit, one cell per criterion, no header naming them.
        const int fields = 400;
        var first = Enumerable.Range(0, fields).Select(f => new RawCell($"c_{f}.points", "1", new SourceLocation("xa.csv", f + 2, 5))).ToList();
        var again = new RawCell("c_7.points", "2", new SourceLocation("xa.csv", fields + 2, 5));
        var cells = new CountingCells([.. first, again]);
        var raw = new RawDataset("xa.csv", [new RawUnitRow("Hòa Bình", new SourceLocation("xa.csv", 1, 1), cells)], DecimalComma: false, []);

        var locations = first.Select(c => raw.LocationOf(c.Field)).ToList();

        Assert.Equal(first.Select(c => c.Location), locations);
        Assert.InRange(cells.Reads, 1, cells.Count);
    }

    [Fact]
    public void A_dataset_with_other_rows_finds_fields_in_its_own_rows()
    {
        var location = new SourceLocation("a.csv", 3, 2);
        var raw = new RawDataset("a.csv", [new RawUnitRow("A", new SourceLocation("a.csv", 3, 1), [new RawCell("x", "1", location)])], DecimalComma: false, []);
        Assert.Equal(location, raw.LocationOf("x"));

        var moved = new SourceLocation("b.csv", 9, 4);
        var other = raw with { Rows = [new RawUnitRow("A", new SourceLocation("b.csv", 9, 1), [new RawCell("y", "1", moved)])] };

        Assert.Equal(moved, other.LocationOf("y"));
    }
}
