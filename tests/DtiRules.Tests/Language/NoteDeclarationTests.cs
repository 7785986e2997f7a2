using DtiRules.Language.Binding;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.Tests.Editions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class NoteDeclarationTests
{
    private static string WithNotes(string notes) =>
        MiniRuleset.WithNodes("input p: number \"P\" range 0..100\n" + notes, "  node leaf \"Lá\" max 100 { assumed \"x\" score = p }");

    [Fact]
    public void A_note_is_bound_and_the_schema_finds_its_column_by_id_or_by_header_written_any_way()
    {
        var ruleset = Compile.Clean(WithNotes("note status \"Trạng thái\"\nnote evidence \"Minh chứng\"\n"));

        Assert.Equal([("status", "Trạng thái"), ("evidence", "Minh chứng")], ruleset.Notes.Select(n => (n.Name, n.Header)));
        foreach (var column in new[] { "status", "Trạng thái", "TRẠNG THÁI", "trang  thai", "Trạng thái" })
        {
            Assert.True(ruleset.Schema.TryGetNote(column, out var note), column);
            Assert.Equal("status", note.Name);
        }

        Assert.False(ruleset.Schema.TryGetNote("p", out _));
        Assert.False(ruleset.Schema.TryGetNote("Người phụ trách", out _));
        Assert.False(ruleset.Schema.TryGetField("status", out _));
    }

    [Fact]
    public void A_note_that_repeats_a_name_or_takes_another_declaration_s_column_is_an_error_where_it_is_written()
    {
        const string notes = "note status \"Trạng thái\"\nnote status \"Tình trạng\"\nnote p \"Ghi chú\"\nnote other \"p\"\nnote third \"trạng thái\"\nnote empty \"  \"\n";
        var text = WithNotes(notes);

        var compilation = Compile.Text(text);

        var lines = text.Split('\n');
        int LineOf(string marker) => Array.FindIndex(lines, l => l.StartsWith(marker, StringComparison.Ordinal)) + 1;
        Assert.Equal(
            [
                ("DR1002", LineOf("note status \"Tình")),
                ("DR1002", LineOf("note p ")),
                ("DR1031", LineOf("note other")),
                ("DR1031", LineOf("note third")),
                ("DR1032", LineOf("note empty")),
            ],
            compilation.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line)));
    }

    [Fact]
    public void Fmt_prints_a_note_on_one_line_and_reads_it_back()
    {
        var text = WithNotes("note   status    \"Trạng thái\"\n");
        var printed = SyntaxPrinter.Format(SyntaxTree.Parse(SourceText.From(text, "notes.dti")));

        Assert.Contains("\nnote status \"Trạng thái\"\n", printed, StringComparison.Ordinal);
        Assert.Equal(["status"], Compile.Clean(printed).Notes.Select(n => n.Name));
    }

    [Fact]
    public void An_edition_inherits_its_base_s_notes_and_may_relabel_or_add_them()
    {
        var baseText = WithNotes("note status \"Trạng thái\"\nnote owner \"Người phụ trách\"\n");
        const string extension = """
            ruleset mini edition 2023 extends mini 2022 {
              title "Bộ chỉ số thử 2023"
            }
            note owner "Cán bộ phụ trách"
            note evidence "Minh chứng"
            """;

        var compilation = RulesetCompilation.Create(SourceText.From(extension, "2023.dti"), new InMemoryLocator(("2022.dti", baseText)));

        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        Assert.Equal(
            [("status", "Trạng thái"), ("owner", "Cán bộ phụ trách"), ("evidence", "Minh chứng")],
            compilation.Ruleset.Notes.Select(n => (n.Name, n.Header)));
    }
}
