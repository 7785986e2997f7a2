using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Parsing;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace DtiRules.Tests.Compiler;

/// <summary>Labels, reasons, sources and ids written to break generated code cannot change its structure.</summary>
public sealed class HostileNameTests
{
    // The longest id a ruleset may have.
    private static readonly string LongId = "n" + new string('x', RulesetParser.MaxIdentifierLength - 1);

    private static readonly string[] HostileTexts =
    [
        @"Quote \"" and backslash \\ and */ /* // end",
        @"Line\nbreak\n}\nclass Evil { }",
        "Unicode escape \\\\u0022 and \\\\U0000000A, line separator \u2028 paragraph \u2029 next line \u0085",
        "\\\"); System.IO.File.Delete(\\\"x\\\"); //",
        "Very long " + new string('ư', 5000),
    ];

    private static string Ruleset(Func<int, string> text) => $$"""
        ruleset class edition 2022 {
          title "{{text(0)}}" basis "{{text(1)}}" source "{{text(2)}}" unit province scale 100 round 4 missing zero
        }
        levels @int "{{text(3)}}" { @namespace "{{text(4)}}" @return "{{text(0)}}" }
        input @int: number "{{text(1)}}" range 0..100
        input @string: level(@int) "{{text(2)}}"
        input @void: percent "{{text(3)}}"
        node @class "{{text(4)}}" max 60 {
          documented "{{text(0)}}" source "{{text(1)}}"
          node @public "{{text(2)}}" max 30 { assumed "{{text(3)}}" score = tiers @int { >= 50: 30, else: @int * 0.3 } }
          node {{LongId}} "{{text(4)}}" max 30 { assumed "{{text(0)}}" score = levels @string { @return: 30, @namespace: relative_to_best(@int) * 10 } }
        }
        node @this "{{text(1)}}" max 40 { assumed "{{text(2)}}" score = if @void > 50 then 40 else value(@class) * 40 }
        output @static "{{text(3)}}" { documented "{{text(4)}}" value = (@class + @this) / 100 }
        index @object "{{text(0)}}" { documented "{{text(1)}}" }
        rank @object, @static
        map "{{text(2)}}" { @void: @delegate * 100 }
        """.Replace("@", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Hostile_labels_and_keyword_ids_compile_and_score_like_the_interpreter()
    {
        var ruleset = Compile.Clean(Ruleset(i => HostileTexts[i]));
        Assert.Contains(ruleset.Nodes, n => n.Label.Contains('\n', StringComparison.Ordinal));
        var data = DtiRules.Tests.Language.MiniRuleset.Data(
            ["Hà Nội", "Huế", "Đà Nẵng"], ("int", [10m, 60m, null]), ("string", [0m, 1m, 1m]), ("delegate", [0.2m, 0.9m, null]));
        CompiledTestEngine.AssertSameScores(ruleset, data);
    }

    [Fact]
    public void Ruleset_text_changes_only_literals_and_comments_of_the_generated_code()
    {
        var hostile = CompiledEngine.Emit(Compile.Clean(Ruleset(i => HostileTexts[i])));
        var plain = CompiledEngine.Emit(Compile.Clean(Ruleset(_ => "plain")));
        Assert.Equal(Structure(plain), Structure(hostile));
        Assert.DoesNotContain("class Evil", hostile.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generated_code_that_reaches_beyond_the_built_ins_is_rejected_by_the_audit()
    {
        string[] escapes =
        [
            "public static void Run() => System.IO.File.Delete(\"x\");",
            "public static object Run() => \"\".GetType().Assembly;",
            "public static object Run() => typeof(object).Assembly;",
            "public static void Run() => System.Environment.Exit(1);",
            "public static System.IntPtr Run() => System.Runtime.InteropServices.Marshal.AllocHGlobal(1);",
            "[System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid();",
            "public static object Run() => new System.Collections.Generic.List<decimal>();",
            "public static decimal Run(DtiRules.Scoring.ScoringColumns c) => c.UnitCount;",
        ];
        foreach (var escape in escapes)
        {
            var source = $"namespace DtiRules.Compiled; public static class Probe {{ {escape} }}";
            var error = Assert.Throws<InvalidOperationException>(() => DtiRules.Compiler.Emit.RoslynCompiler.Compile(source, "Probe"));
            Assert.Contains("it may only call the built-ins", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generated_code_cannot_even_name_what_the_compilation_does_not_reference()
    {
        foreach (var escape in new[] { "System.Diagnostics.Process.Start(\"sh\")", "new System.Net.Http.HttpClient()" })
        {
            var source = $"namespace DtiRules.Compiled; public static class Probe {{ public static object Run() => {escape}; }}";
            var error = Assert.Throws<InvalidOperationException>(() => DtiRules.Compiler.Emit.RoslynCompiler.Compile(source, "Probe"));
            Assert.Contains("does not compile", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_shipped_edition_and_corpus_case_passes_the_audit()
    {
        var sources = Directory.GetFiles(RepositoryPaths.Combine("rulesets", "dti-province"), "*.dti")
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("tests", "cases", "500-scoring"), "*.dti"))
            .Select(path => RulesetCompilation.FromFile(path).Ruleset);
        var units = DtiRules.Compiler.Emit.CSharpEmitter.EmitUnits([.. sources.Select((r, i) => (r, "Audited" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        Assert.NotEmpty(DtiRules.Compiler.Emit.RoslynCompiler.Compile(units, "Audited"));
    }

    private static List<string> Structure(string code) =>
        [.. CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens()
            .Select(t => t.IsKind(SyntaxKind.StringLiteralToken) ? "\"…\"" : t.Text)];
}
