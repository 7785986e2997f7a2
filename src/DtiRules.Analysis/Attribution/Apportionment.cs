namespace DtiRules.Analysis.Attribution;

/// <summary>Rounds parts so that the rounded parts add up to their rounded sum (largest remainders), as printed shares of one total must.</summary>
public static class Apportionment
{
    /// <summary>
    /// Each part rounded down to <paramref name="digits"/> decimals, then one last-digit step up for
    /// the parts with the largest remainders until they add up to the sum rounded half away from zero.
    /// </summary>
    public static decimal[] Round(IReadOnlyList<decimal> parts, int digits)
    {
        var step = 1m;
        for (var d = 0; d < digits; d++)
        {
            step /= 10m;
        }

        var total = Math.Round(parts.Sum(), digits, MidpointRounding.AwayFromZero);
        var rounded = parts.Select(p => Math.Floor(p / step) * step).ToArray();
        var steps = (int)Math.Round((total - rounded.Sum()) / step);

        // The sum of the floors is at most one step per part below the total, so the steps are 0..parts.
        var byRemainder = Enumerable.Range(0, parts.Count).OrderByDescending(i => parts[i] - rounded[i]).ThenBy(i => i).ToList();
        for (var s = 0; s < steps && s < byRemainder.Count; s++)
        {
            rounded[byRemainder[s]] += step;
        }

        return rounded;
    }
}
