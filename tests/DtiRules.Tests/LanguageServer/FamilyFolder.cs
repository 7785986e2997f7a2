namespace DtiRules.Tests.LanguageServer;

/// <summary>
/// A temporary folder of three rulesets: a base edition, an edition that extends it, and an
/// unrelated ruleset that declares a node with the same id (which a rename must not touch).
/// </summary>
internal sealed class FamilyFolder : IDisposable
{
    public const string Base = """
        ruleset fam edition 2024 {
          title "Bộ chỉ số gốc"
          basis "test"
          unit province
          scale 100
          round 4
          missing zero
        }

        levels chair_level { none "Không có" deputy "Cấp phó" chair "Chủ tịch" }

        input ty_le: percent "Tỷ lệ hộ có cáp quang" unit "%"
        input truong_ban: level(chair_level) "Trưởng ban"

        node chinh "Chỉ số chính" max 100 {
          documented "Chỉ số chính" source "QĐ 1/2024"
          node diem_a "Điểm A" max 60 {
            documented "Cáp quang"
            score = ratio(ty_le, 100) * 60
          }
          node diem_b "Điểm B" max 40 {
            assumed "Theo cấp trưởng ban"
            score = levels truong_ban { chair: 40, deputy: 20, none: 0 }
          }
        }

        index dti "DTI" { documented "total / scale" }

        """;

    public const string Edition = """
        ruleset fam edition 2025 extends fam 2024 {
          title "Bộ chỉ số 2025"
        }

        override node diem_a {
          assumed "Nửa điểm khi trưởng ban là chủ tịch"
          score = min(ratio(ty_le, 100) * 60 + (if truong_ban == chair_level.chair then 10 else 0), 60)
        }

        """;

    public const string Other = """
        ruleset khac edition 2024 {
          title "Bộ khác"
          basis "test"
          unit province
          scale 10
          round 4
          missing zero
        }

        input ty_le: percent "Tỷ lệ"

        node diem_a "Điểm A khác" max 10 {
          documented "Khác"
          score = ratio(ty_le, 10)
        }

        index dti "DTI" { documented "total / scale" }

        """;

    public FamilyFolder()
    {
        Path = Directory.CreateTempSubdirectory("dti-lsp-").FullName;
        File.WriteAllText(BasePath, Base);
        File.WriteAllText(EditionPath, Edition);
        File.WriteAllText(OtherPath, Other);
    }

    public string Path { get; }

    public string BasePath => System.IO.Path.Combine(Path, "2024.dti");

    public string EditionPath => System.IO.Path.Combine(Path, "2025.dti");

    public string OtherPath => System.IO.Path.Combine(Path, "khac.dti");

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    /// <summary>The zero-based line and character of the <paramref name="nth"/> (0-based) occurrence of <paramref name="word"/>.</summary>
    public static (int Line, int Character) Find(string text, string word, int nth = 0)
    {
        var index = -1;
        for (var i = 0; i <= nth; i++)
        {
            index = text.IndexOf(word, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{word}' #{nth} not in the text");
        }

        var line = text[..index].Count(c => c == '\n');
        var character = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        return (line, index == 0 ? 0 : character);
    }

    public static object At(string uri, (int Line, int Character) position) =>
        new { textDocument = new { uri }, position = new { line = position.Line, character = position.Character } };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
