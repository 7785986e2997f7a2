using DtiRules.Cli.Output;
using DtiRules.Language.Localization;

namespace DtiRules.Tests.Cli;

public sealed class GridTableWriterTests
{
    // The cells of each printed row between the table's borders, as printed (padding kept).
    private static List<string[]> Cells(string table) =>
        [.. table.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Trim().Trim('│').Split('│'))];

    private static string Write(TextGrid grid)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        using (DisplaySettings.Use(new DisplaySettings(DisplayLanguage.English, DecimalMark.Comma)))
        {
            GridTableWriter.Write("title", grid, [], writer);
        }

        return writer.ToString();
    }

    [Fact]
    public void A_column_of_words_after_the_numbers_is_text_and_left_aligned()
    {
        // The sensitivity table's shape: numbers, then the stability word of each unit.
        var grid = new TextGrid(["unit", "rank", "stability"], [["Huế", "12", "firm"], ["Hà Nội", "1", "moves a little"]], textColumns: 1)
        {
            Words = new Dictionary<int, IReadOnlyList<DtiRules.Analysis.Wording.Phrase>>
            {
                [2] = [DtiRules.Analysis.Wording.Phrase.Verbatim("firm"), DtiRules.Analysis.Wording.Phrase.Verbatim("moves a little")],
            },
        };

        var stability = Cells(Write(grid)).Skip(1).Select(row => row[2]).ToList();

        Assert.True(grid.IsText(2));
        Assert.Equal([" firm".PadRight(stability[0].Length), " moves a little "], stability);
    }

    [Fact]
    public void Text_columns_after_numbers_are_left_aligned_and_keep_their_points_while_numbers_are_right_aligned_with_the_decimal_mark()
    {
        string[] columns = ["id", "points", "note", "gap"];
        IReadOnlyList<string>[] rows =
        [
            ["c_1_1", "1.5", "Quyết định số 106 ngày 4.7.2025", "-1"],
            ["c_1_2", "12", "Đã xong", "0.25"],
            ["c_1_3", "0", "Thẩm định: thiếu\nbiên bản", "+2"],
        ];
        var grid = new TextGrid(columns, rows, [GridColumnKind.Text, GridColumnKind.Number, GridColumnKind.Text, GridColumnKind.Number]);

        var cells = Cells(Write(grid));

        // The header, then each row; a two-line note takes two printed lines.
        Assert.Equal(1 + rows.Length + 1, cells.Count);
        var (header, printed) = (cells[0], cells.Skip(1).ToList());
        Assert.Equal(columns, header.Select(h => h.Trim()));
        string[][] expected =
        [
            ["c_1_1", "1,5", "Quyết định số 106 ngày 4.7.2025", "-1"],
            ["c_1_2", "12", "Đã xong", "0,25"],
            ["c_1_3", "0", "Thẩm định: thiếu", "+2"],
            [string.Empty, string.Empty, "biên bản", string.Empty],
        ];
        for (var r = 0; r < expected.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = printed[r][c];
                var content = expected[r][c];
                var padded = grid.IsText(c) ? $" {content}".PadRight(cell.Length) : $"{content} ".PadLeft(cell.Length);
                Assert.Equal(padded, cell);
            }
        }
    }

    [Fact]
    public void A_grid_of_leading_text_columns_holds_numbers_after_them()
    {
        var grid = new TextGrid(["unit", "name", "value", "rank"], [], textColumns: 2);

        Assert.Equal([GridColumnKind.Text, GridColumnKind.Text, GridColumnKind.Number, GridColumnKind.Number], grid.Kinds);
        Assert.Equal(new HashSet<string>(["unit", "name"]), grid.TextColumns);
    }
}
