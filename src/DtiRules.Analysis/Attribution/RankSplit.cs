namespace DtiRules.Analysis.Attribution;

/// <summary>Splits a rank change the way <see cref="EffectSplit"/> splits a value change, in places gained (+3 is three places up).</summary>
public static class RankSplit
{
    /// <summary>
    /// The change rank(A, OLD) − rank(B, NEW) split into the places the data and the rules made; a
    /// Shapley part can be a half place. Null when the unit is unranked in any state.
    /// </summary>
    public static EffectSplit? Of(FourStates<int?> ranks, SplitOrder order) =>
        ranks is ({ } oldOld, { } oldNew, { } newOld, { } newNew)
            ? EffectSplit.Of(new FourStates<decimal>(-oldOld, -oldNew, -newOld, -newNew), order, digits: 1)
            : null;
}
