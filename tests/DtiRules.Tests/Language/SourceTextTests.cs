using CsCheck;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>Offsets and line positions convert both ways, whatever the line endings.</summary>
public sealed class SourceTextTests
{
    [Fact]
    public void An_offset_survives_the_trip_through_its_line_and_column()
    {
        var text = Gen.OneOf(Gen.Const("a"), Gen.Const("đ"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const(" "), Gen.Const("😀"))
            .Array[0, 40].Select(parts => string.Concat(parts));
        Gen.Select(text, Gen.Int[0, 1000]).Sample((value, seed) =>
        {
            var source = SourceText.From(value);
            var offset = value.Length == 0 ? 0 : seed % (value.Length + 1);
            // Inside "\r\n" there is no column of its own: the offset belongs to the line end.
            if (offset > 0 && offset < value.Length && value[offset - 1] == '\r' && value[offset] == '\n')
            {
                return;
            }

            Assert.Equal(offset, source.GetOffset(source.GetLinePosition(offset)));
        });
    }

    [Theory]
    [InlineData(0, 5, 0)]
    [InlineData(-3, -3, 0)]
    [InlineData(2, 99, 7)]
    [InlineData(99, 0, 11)]
    public void Positions_outside_the_text_are_pulled_inside_it(int line, int column, int expected)
    {
        var source = SourceText.From("abc\r\nde\nfgh");
        Assert.Equal(expected, source.GetOffset(new LinePosition(line, column)));
    }

    [Fact]
    public void Thousands_of_unclosed_braces_end_in_one_nesting_diagnostic_at_the_first_too_deep()
    {
        var text = string.Concat(Enumerable.Repeat("node a \"A\" max 1 {\n", 5_000));
        var compilation = Compile.Text(text);
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("DR0004", 201), (diagnostic.Code, diagnostic.Location!.Line));
    }
}
