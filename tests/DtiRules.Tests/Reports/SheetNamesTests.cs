using CsCheck;
using DtiRules.Data.Reports;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Scoring;

namespace DtiRules.Tests.Reports;

/// <summary>Translated sheet names and headers are made valid for Excel, and every flag has words a person reads.</summary>
public sealed class SheetNamesTests
{
    private static readonly Gen<string> Name = Gen.String[Gen.Char["aĐ ổ[]:*?/\\'⟦⟧xX1"], 0, 40];

    [Fact]
    public void Any_names_become_valid_distinct_sheet_names()
    {
        Name.Array[1, 6].Sample(names =>
        {
            var valid = SheetNames.Valid(names);

            Assert.Equal(names.Length, valid.Count);
            Assert.All(valid, name =>
            {
                Assert.InRange(name.Length, 1, 31);
                Assert.DoesNotContain(name, c => "[]:*?/\\".Contains(c, StringComparison.Ordinal));
                Assert.False(char.IsHighSurrogate(name[^1]), name);
            });
            Assert.Equal(valid.Count, valid.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        });
    }

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var name = SheetNames.Valid(["Index " + string.Concat(Enumerable.Repeat("😀", 20))])[0];

        Assert.Equal(30, name.Length);
        Assert.True(char.IsLowSurrogate(name[^1]), name);
    }

    [Fact]
    public void A_valid_name_stays_as_it_is()
    {
        Assert.Equal(["Xếp hạng", "Chỉ số chính", "⟦Main indices⟧"], SheetNames.Valid(["Xếp hạng", "Chỉ số chính", "⟦Main indices⟧"]));
    }

    [Fact]
    public void Headers_that_read_the_same_get_a_number()
    {
        Assert.Equal(["Khác", "khác (2)", "Khác (3)"], SheetNames.Distinct(["Khác", "khác", "Khác"]));
    }

    [Fact]
    public void Every_flag_has_words()
    {
        var every = CellFlagNames.Of((CellFlags)Enum.GetValues<CellFlags>().Aggregate(0, (all, flag) => all | (int)flag));

        Assert.NotEmpty(every);
        Assert.Equal(every.Order(StringComparer.Ordinal), FlagWords.Names.Order(StringComparer.Ordinal));
        Assert.All(every, name => Assert.False(string.IsNullOrWhiteSpace(FlagWords.Shown(name))));
    }
}
