using System.Globalization;

namespace DtiRules.Analysis.Attribution;

/// <summary>A change between (A, OLD) and (B, NEW), split into the part the data made and the part the rules made; the parts add up to the total.</summary>
/// <param name="Total">B(NEW) − A(OLD).</param>
/// <param name="DataEffect">The part of the change the new data made.</param>
/// <param name="MethodologyEffect">The part of the change the new rules made.</param>
public sealed record EffectSplit(decimal Total, decimal DataEffect, decimal MethodologyEffect)
{
    /// <summary>
    /// Splits the change of <paramref name="states"/> in <paramref name="order"/>. The Shapley data
    /// effect is the mean of both orders' data effects rounded half away from zero to
    /// <paramref name="digits"/> decimals, and the methodology effect is the rest of the total, so
    /// the two add up exactly whenever the four values have at most that many decimals.
    /// </summary>
    /// <exception cref="InvalidOperationException">The parts do not add up, which decimal arithmetic rules out.</exception>
    public static EffectSplit Of(FourStates<decimal> states, SplitOrder order, int digits)
    {
        var total = states.NewRulesNewData - states.OldRulesOldData;
        var dataFirst = states.OldRulesNewData - states.OldRulesOldData;
        var rulesFirst = states.NewRulesNewData - states.NewRulesOldData;
        var data = order switch
        {
            SplitOrder.DataFirst => dataFirst,
            SplitOrder.RulesFirst => rulesFirst,
            SplitOrder.Shapley => Math.Round((dataFirst + rulesFirst) / 2m, digits, MidpointRounding.AwayFromZero),
        };
        var methodology = total - data;
        if (data + methodology != total)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The effects {data} and {methodology} do not add up to the change {total}."));
        }

        return new EffectSplit(total, data, methodology);
    }
}
