using DtiRules.Language.Schema;
using DtiRules.Scoring;

namespace DtiRules.Tests.Data;

/// <summary>Data fields like those of the 922 ruleset's first components.</summary>
internal static class TestSchemas
{
    public static readonly DataField ChairLevel = new(
        "nt_truong_ban", "Trưởng Ban chỉ đạo chuyển đổi số", FieldKind.Level, null, null,
        ["none", "deputy", "chair"], ["Không có", "Cấp phó", "Bí thư hoặc Chủ tịch"]);

    public static readonly DataField Meetings = new("nt_so_cuoc_hop", "Số cuộc họp", FieldKind.Count, 0m, 100m, [], []);

    public static readonly DataField FibreShare = new("ht_cap_quang", "Tỷ lệ hộ gia đình có cáp quang", FieldKind.Percent, 0m, 100m, [], []);

    public static readonly DataField PortalSection = new("nt_chuyen_muc", "Chuyên mục chuyển đổi số", FieldKind.YesNo, null, null, [], []);

    public static readonly DataField DigitalEconomyShare = new("kt_grdp", "Tỷ trọng kinh tế số", FieldKind.Number, 0m, 100m, [], []);

    public static readonly DataField FreeNumber = new("so_lieu", "Số liệu", FieldKind.Number, null, null, [], []);

    public static readonly DataField AwarenessValue = new("nhan_thuc_so", "Nhận thức số", FieldKind.NodeValue, 0m, 1m, [], []);

    public static readonly DataField AwarenessPoints = new("nhan_thuc_so.points", "Nhận thức số (điểm)", FieldKind.NodePoints, 0m, 100m, [], []);

    public static DataSchema Schema { get; } = new(
        [ChairLevel, Meetings, FibreShare, PortalSection, DigitalEconomyShare, FreeNumber, AwarenessValue, AwarenessPoints]);
}
