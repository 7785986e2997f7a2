using System.Globalization;
using System.Text;
using CsCheck;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reconciliation;

public sealed class CriteriaRoundTripPropertyTests : IDisposable
{
    private static readonly string[] Words = ["Tỷ lệ", "hồ sơ", "trực tuyến", "\"Bình dân học vụ số\"", "chữ ký số", "a, b", "xã", "Đề án 06", "kế hoạch\nnăm"];

    private readonly string _temp = Directory.CreateTempSubdirectory("dti-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private sealed record Criterion(string Text, int Halves, int Self, int Appraised)
    {
        public decimal Max => Halves / 2m;
    }

    private sealed record Group(string Name, Criterion[] Criteria);

    private static readonly Gen<Criterion> CriterionGen =
        Gen.Select(Gen.Int[0, Words.Length - 1].Array[1, 3], Gen.Int[1, 10], Gen.Int[0, 100], Gen.Int[0, 100], (words, halves, self, appraised) =>
            new Criterion(string.Join(' ', words.Select(w => Words[w])), halves, self * halves / 100, appraised * halves / 100));

    private static readonly Gen<(Group[] Groups, bool Headings, bool Comma)> SheetGen =
        Gen.Select(CriterionGen.Array[1, 5].Array[1, 4], Gen.Bool, Gen.Bool, (criteria, headings, comma) =>
            (criteria.Select((c, g) => new Group($"Nhóm {g + 1}: {Words[g % Words.Length]}", c)).ToArray(), headings, comma));

    private static string Cell(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Points(decimal points, bool comma) => points.ToString(CultureInfo.InvariantCulture).Replace(".", comma ? "," : ".", StringComparison.Ordinal);

    // A criteria sheet with groups as a column or as heading rows, codes g.k, decimal commas or points.
    private static string Sheet(Group[] groups, bool headings, bool comma)
    {
        var text = new StringBuilder("STT,Tiêu chí,Nhóm,Điểm tối đa,Tự đánh giá,Thẩm định\n");
        for (var g = 0; g < groups.Length; g++)
        {
            if (headings)
            {
                text.Append(CultureInfo.InvariantCulture, $",{Cell(groups[g].Name)},,,,\n");
            }

            for (var k = 0; k < groups[g].Criteria.Length; k++)
            {
                var c = groups[g].Criteria[k];
                var group = headings ? string.Empty : Cell(groups[g].Name);
                text.Append(CultureInfo.InvariantCulture, $"{g + 1}.{k + 1},{Cell(c.Text)},{group},{Cell(Points(c.Max, comma))},{Cell(Points(c.Self / 2m, comma))},{Cell(Points(c.Appraised / 2m, comma))}\n");
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Any_sheet_imports_clean_reconciles_to_its_sums_and_comes_back_from_its_export_unchanged()
    {
        SheetGen.Sample(
            sample =>
            {
                var (groups, headings, comma) = sample;
                var folder = Directory.CreateDirectory(Path.Combine(_temp, Guid.NewGuid().ToString("N"))).FullName;
                var sheet = Path.Combine(folder, "bang-2025.csv");
                File.WriteAllText(sheet, Sheet(groups, headings, comma), new UTF8Encoding(true));
                var ruleset = Path.Combine(folder, "bang.dti");

                var import = CliRunner.Run("import", sheet, "--out", ruleset);
                Assert.True(import.ExitCode == 0, import.Error);
                var text = File.ReadAllText(ruleset);
                var compilation = RulesetCompilation.Create(SourceText.From(text, ruleset));
                Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
                var all = groups.SelectMany(g => g.Criteria).ToList();
                Assert.Equal(all.Sum(c => c.Max), compilation.Ruleset.Header.Scale);
                Assert.Equal(all.Select(c => c.Max), compilation.Ruleset.Nodes.Where(n => n.IsLeaf).Select(n => n.MaxPoints));
                Assert.Equal(groups.Select(g => g.Name), compilation.Ruleset.Roots.Select(r => r.Label));

                var reconcile = CliRunner.Run("reconcile", ruleset, "--data", sheet, "--format", "csv");
                Assert.True(reconcile.ExitCode == 0, reconcile.Error);
                var index = reconcile.Out.Split('\n')[1].Split(',');
                Assert.Equal(all.Sum(c => c.Appraised / 2m) - all.Sum(c => c.Self / 2m), decimal.Parse(index[7], NumberStyles.Float, CultureInfo.InvariantCulture));

                var exported = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
                Assert.Equal(0, CliRunner.Run("export-catalogue", ruleset, "--out", Path.Combine(exported, "bang-2025.csv")).ExitCode);
                Assert.Equal(0, CliRunner.Run("import", Path.Combine(exported, "bang-2025.csv"), "--out", Path.Combine(exported, "bang.dti")).ExitCode);
                Assert.Equal(text, File.ReadAllText(Path.Combine(exported, "bang.dti")));
            },
            iter: 40);
    }
}
