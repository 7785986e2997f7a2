namespace DtiRules.Data.Reading.Criteria;

/// <summary>What a column of a criteria sheet holds.</summary>
public enum CriteriaColumnKind
{
    /// <summary>Text kept beside each criterion: status, person in charge, deadline, evidence.</summary>
    Note,

    /// <summary>The criterion's code (Mã, STT, Code).</summary>
    Code,

    /// <summary>The criterion's text (Chỉ tiêu, Tiêu chí, Nội dung, Criterion).</summary>
    Label,

    /// <summary>The group the criterion belongs to (Nhóm, Lĩnh vực, Group).</summary>
    Group,

    /// <summary>The criterion's max points (Điểm tối đa, Điểm chuẩn, Max points).</summary>
    Max,

    /// <summary>The points of one round of the assessment (Tự đánh giá, Thẩm định, Chính thức).</summary>
    Round,

    /// <summary>A difference between rounds, which the sheet computed and reconciliation computes again.</summary>
    Difference,
}
