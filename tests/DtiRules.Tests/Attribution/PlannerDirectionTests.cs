using DtiRules.Analysis.Attribution;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;

namespace DtiRules.Tests.Attribution;

public sealed class PlannerDirectionTests
{
    // dvc / thu_tuc is a share: a unit would gain most by cutting its procedures (thu_tuc), which no
    // office can honestly do. loi is an error rate, where less scores more; cap_quang a plain share.
    private const string Ruleset = $$"""
        {{MiniRuleset.Header}}
        input dvc: count "Dịch vụ công trực tuyến" range 0..1000
        input thu_tuc: count "Tổng số thủ tục" range 0..1000
        input loi: percent "Tỷ lệ hồ sơ lỗi"
        input cap_quang: percent "Tỷ lệ hộ có cáp quang"

        node dich_vu "Dịch vụ công" max 40 {
          documented "test"
          score = min(ratio(dvc, thu_tuc), 1) * max
        }
        node chat_luong "Chất lượng hồ sơ" max 30 {
          documented "test"
          score = (100 - loi) / 100 * max
        }
        node ha_tang "Hạ tầng" max 30 {
          documented "test"
          score = cap_quang / 100 * max
        }
        {{MiniRuleset.Index}}
        """;

    private static readonly string[] Units = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Đắk Lắk"];

    private static ScoringData Data() => MiniRuleset.Data(
        Units,
        ("dvc", [90m, 80m, 70m, 60m, 50m]),
        ("thu_tuc", [100m, 90m, 80m, 60m, 200m]),
        ("loi", [5m, 10m, 20m, 30m, 40m]),
        ("cap_quang", [90m, 85m, 80m, 75m, 40m]));

    private static Plan Make(BoundRuleset ruleset, int unit, int target, Realism realism) =>
        Planner.Make(ruleset, Data(), unit, target, realism, new InterpreterScorers(), new DiagnosticBag())
        ?? throw new InvalidOperationException("no plan");

    [Theory]
    [InlineData(1, Realism.Best)]
    [InlineData(2, Realism.P75)]
    [InlineData(1, Realism.Median)]
    public void A_plan_moves_each_input_only_the_way_the_rules_reward_and_within_its_range(int target, Realism realism)
    {
        var ruleset = Compile.Clean(Ruleset);
        var data = Data();

        var plan = Make(ruleset, unit: 4, target, realism);

        Assert.NotEmpty(plan.Steps);
        foreach (var step in plan.Steps)
        {
            data.TryGetColumn(step.Input.Name, out var column);
            var from = column[4]!.Value;
            switch (step.Input.Name)
            {
                case "dvc" or "cap_quang":
                    Assert.True(step.To > from, $"{step.Input.Name} goes from {from} to {step.To}");
                    break;
                case "loi":
                    Assert.True(step.To < from, $"loi goes from {from} to {step.To}");
                    break;
                default:
                    Assert.Fail($"{step.Input.Name} is planned from {from} to {step.To}: lowering a denominator is not an improvement");
                    break;
            }

            Assert.InRange(step.To, step.Input.Minimum ?? decimal.MinValue, step.Input.Maximum ?? decimal.MaxValue);
        }
    }

    [Fact]
    public void An_input_already_past_the_realism_level_is_not_moved_back()
    {
        // Đắk Lắk's fibre share (95) is above every other unit's: raising others never lowers it.
        var ruleset = Compile.Clean(Ruleset);
        var data = MiniRuleset.Data(
            Units,
            ("dvc", [90m, 80m, 70m, 60m, 50m]),
            ("thu_tuc", [100m, 90m, 80m, 60m, 200m]),
            ("loi", [5m, 10m, 20m, 30m, 40m]),
            ("cap_quang", [90m, 85m, 80m, 75m, 95m]));

        var plan = Planner.Make(ruleset, data, 4, 1, Realism.Median, new InterpreterScorers(), new DiagnosticBag())!;

        Assert.DoesNotContain(plan.Steps, s => s.Input.Name == "cap_quang");
    }

    private sealed class InterpreterScorers : IScorerFactory
    {
        public IScorer Create(BoundRuleset ruleset, int unitCount) => new Interpreter(ruleset);
    }
}
