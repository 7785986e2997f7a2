using DtiRules.Data.Reading;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

public sealed class DecimalCommaGuessTests
{
    private static (bool DecimalComma, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var raw = CsvDatasetReader.Read(text, "so-lieu.csv", diagnostics);
        return (raw!.DecimalComma, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_file_excel_saved_with_semicolons_reads_its_decimal_commas_and_says_so()
    {
        // Byte order mark, CRLF, a unit code kept as text, a percentage, a whole number and a cell left empty.
        var (decimalComma, diagnostics) = Read("\uFEFFunit;ma;ty_le;so_luong\r\nHà Nội;01;62,1;12\r\nHuế;46;0,5%;\r\nĐà Nẵng;48;100;3\r\n");

        Assert.True(decimalComma);
        var info = Assert.Single(diagnostics);
        Assert.Equal(("DR4077", Severity.Info), (info.Code, info.Severity));
        Assert.Contains("2", info.Message, StringComparison.Ordinal);
        Assert.Contains("'62,1'", info.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unit;a;b\nHà Nội;0,5;1.5\n")]                   // a point elsewhere: the reader's errors say what to declare
    [InlineData("unit;a;b\nHà Nội;0,5;1.234,5\n")]               // grouped thousands
    [InlineData("unit;ma;a\nHà Nội;1.1;0,5\n")]                  // a code such as 1.1
    [InlineData("# dti: decimal=point\nunit;a\nHà Nội;0,5\n")]   // the file says
    [InlineData("unit,a\nHà Nội,\"0,5\"\n")]                     // separated by commas
    [InlineData("unit;a\nHà Nội;12\n")]                          // no decimal part anywhere
    public void Anything_else_is_read_as_the_file_declares(string text)
    {
        var (decimalComma, diagnostics) = Read(text);

        Assert.False(decimalComma);
        Assert.DoesNotContain(diagnostics, d => d.Code == "DR4077");
    }
}
