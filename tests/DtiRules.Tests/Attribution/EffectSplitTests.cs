using CsCheck;
using DtiRules.Analysis.Attribution;

namespace DtiRules.Tests.Attribution;

public sealed class EffectSplitTests
{
    /// <summary>Index values as published: 0–1 with four decimals.</summary>
    private static readonly Gen<decimal> Value = Gen.Int[0, 10_000].Select(i => i / 10_000m);

    private static readonly Gen<FourStates<decimal>> States = Gen.Select(Value, Value, Value, Value, (a, b, c, d) => new FourStates<decimal>(a, b, c, d));

    /// <summary>The two-player Shapley value written out: the mean over both orders of the data's marginal contribution.</summary>
    private static decimal DataByPermutations(FourStates<decimal> s)
    {
        decimal[] dataJoinsFirst = [s.OldRulesNewData - s.OldRulesOldData];
        decimal[] dataJoinsSecond = [s.NewRulesNewData - s.NewRulesOldData];
        return (dataJoinsFirst.Sum() + dataJoinsSecond.Sum()) / 2m;
    }

    [Fact]
    public void Shapley_parts_add_up_exactly_in_the_printed_decimals_and_round_the_mean_of_both_orders() =>
        States.Sample(s =>
        {
            var split = EffectSplit.Of(s, SplitOrder.Shapley, digits: 4);
            Assert.Equal(s.NewRulesNewData - s.OldRulesOldData, split.Total);
            Assert.Equal(split.Total, split.DataEffect + split.MethodologyEffect);
            Assert.Equal(Math.Round(split.DataEffect, 4), split.DataEffect);
            Assert.True(Math.Abs(split.DataEffect - DataByPermutations(s)) <= 0.00005m);
        });

    [Fact]
    public void Shapley_is_symmetric_in_the_order_exchanging_data_and_rules_exchanges_the_effects() =>
        States.Sample(s =>
        {
            // Unrounded (the mean of two four-decimal differences has five), so the exchange is exact.
            var split = EffectSplit.Of(s, SplitOrder.Shapley, digits: 10);
            var exchanged = EffectSplit.Of(new FourStates<decimal>(s.OldRulesOldData, s.NewRulesOldData, s.OldRulesNewData, s.NewRulesNewData), SplitOrder.Shapley, digits: 10);
            Assert.Equal(split.DataEffect, exchanged.MethodologyEffect);
            Assert.Equal(split.MethodologyEffect, exchanged.DataEffect);
            Assert.Equal(DataByPermutations(s), split.DataEffect);
        });

    [Fact]
    public void Shapley_is_the_mean_of_the_two_orders() =>
        States.Sample(s =>
        {
            var (shapley, dataFirst, rulesFirst) = (EffectSplit.Of(s, SplitOrder.Shapley, 10), EffectSplit.Of(s, SplitOrder.DataFirst, 4), EffectSplit.Of(s, SplitOrder.RulesFirst, 4));
            Assert.Equal((dataFirst.DataEffect + rulesFirst.DataEffect) / 2m, shapley.DataEffect);
            Assert.Equal((dataFirst.MethodologyEffect + rulesFirst.MethodologyEffect) / 2m, shapley.MethodologyEffect);
            Assert.Equal(s.OldRulesNewData - s.OldRulesOldData, dataFirst.DataEffect);
            Assert.Equal(s.NewRulesOldData - s.OldRulesOldData, rulesFirst.MethodologyEffect);
        });

    [Fact]
    public void Rank_changes_split_into_places_that_add_up()
    {
        var ranks = Gen.Int[1, 63];
        Gen.Select(ranks, ranks, ranks, ranks).Sample((a, b, c, d) =>
        {
            var split = RankSplit.Of(new FourStates<int?>(a, b, c, d), SplitOrder.Shapley)!;
            Assert.Equal(a - d, split.Total);
            Assert.Equal(split.Total, split.DataEffect + split.MethodologyEffect);
            Assert.Equal(((a - b) + (c - d)) / 2m, split.DataEffect);
        });
        Assert.Null(RankSplit.Of(new FourStates<int?>(1, null, 2, 3), SplitOrder.Shapley));
    }
}
