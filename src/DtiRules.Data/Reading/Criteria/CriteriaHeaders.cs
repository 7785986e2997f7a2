using DtiRules.Language.Text;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// Recognises the headers of a criteria sheet however they are written: Vietnamese or English, with
/// or without diacritics, on several lines of one cell, in any case.
/// </summary>
public static class CriteriaHeaders
{
    /// <summary>The round id of the self-assessment (tự đánh giá, tự chấm).</summary>
    public const string Self = "self";

    /// <summary>The round id of the appraisal (thẩm định).</summary>
    public const string Appraised = "appraised";

    /// <summary>The round id of the official result (chính thức, kết quả).</summary>
    public const string Official = "official";

    // Looked for as whole words of the folded header, first match winning: the appraisal before
    // "kết quả", since "Kết quả thẩm định" is the appraisal.
    private static readonly (string Words, CriteriaColumnKind Kind, string? Round)[] Phrases =
    [
        ("chenh lech", CriteriaColumnKind.Difference, null),
        ("difference", CriteriaColumnKind.Difference, null),
        ("tu danh gia", CriteriaColumnKind.Round, Self),
        ("tu cham", CriteriaColumnKind.Round, Self),
        ("self assessment", CriteriaColumnKind.Round, Self),
        ("self assessed", CriteriaColumnKind.Round, Self),
        ("tham dinh", CriteriaColumnKind.Round, Appraised),
        ("appraised", CriteriaColumnKind.Round, Appraised),
        ("appraisal", CriteriaColumnKind.Round, Appraised),
        ("chinh thuc", CriteriaColumnKind.Round, Official),
        ("ket qua", CriteriaColumnKind.Round, Official),
        ("official", CriteriaColumnKind.Round, Official),
        ("diem toi da", CriteriaColumnKind.Max, null),
        ("diem chuan", CriteriaColumnKind.Max, null),
        ("thang diem", CriteriaColumnKind.Max, null),
        ("max", CriteriaColumnKind.Max, null),
        ("nhom", CriteriaColumnKind.Group, null),
        ("linh vuc", CriteriaColumnKind.Group, null),
        ("group", CriteriaColumnKind.Group, null),
        ("chi tieu", CriteriaColumnKind.Label, null),
        ("tieu chi", CriteriaColumnKind.Label, null),
        ("noi dung", CriteriaColumnKind.Label, null),
        ("criterion", CriteriaColumnKind.Label, null),
        ("criteria", CriteriaColumnKind.Label, null),
    ];

    private static readonly HashSet<string> CodeHeaders = new(StringComparer.Ordinal)
    {
        "ma", "ma so", "stt", "tt", "so tt", "so thu tu", "code", "no", "ma chi tieu", "ma tieu chi", "ma nhom",
    };

    /// <summary>The header folded for comparison: lower case, no diacritics, one space between words, no punctuation.</summary>
    public static string Fold(string header)
    {
        var folded = TextFolding.Fold(header);
        var words = new string([.. folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        return string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What a column headed <paramref name="header"/> holds, and for a round its id.</summary>
    public static (CriteriaColumnKind Kind, string? Round) Recognise(string header)
    {
        var folded = Fold(header);
        if (CodeHeaders.Contains(folded))
        {
            return (CriteriaColumnKind.Code, null);
        }

        var padded = $" {folded} ";
        foreach (var (words, kind, round) in Phrases)
        {
            if (padded.Contains($" {words} ", StringComparison.Ordinal))
            {
                return (kind, round);
            }
        }

        return (CriteriaColumnKind.Note, null);
    }

    /// <summary>True for the label of a total row (Tổng, Tổng cộng, Tổng điểm, Total).</summary>
    public static bool IsTotal(string text)
    {
        var folded = Fold(text);
        return folded is "tong" or "total" || folded.StartsWith("tong cong", StringComparison.Ordinal) || folded.StartsWith("tong diem", StringComparison.Ordinal)
            || folded.StartsWith("tong so diem", StringComparison.Ordinal) || folded == "cong";
    }
}
