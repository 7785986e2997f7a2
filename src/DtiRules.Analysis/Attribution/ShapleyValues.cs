namespace DtiRules.Analysis.Attribution;

/// <summary>
/// Each player's Shapley value in a game whose value is one number per unit: the player's
/// marginal contribution averaged over every order in which the players can join. Exact over all
/// coalitions up to <see cref="ExactLimit"/> players, otherwise estimated from seeded random orders
/// with a standard error. Either way the parts add up to v(all) − v(none) for every unit.
/// </summary>
public sealed class ShapleyValues
{
    /// <summary>The most players computed exactly (2^12 coalitions); more are sampled.</summary>
    public const int ExactLimit = 12;

    private ShapleyValues(decimal?[][] values, double?[][]? errors, int orders)
    {
        Values = values;
        StandardErrors = errors;
        Orders = orders;
    }

    /// <summary>[player][unit]: the player's share of the unit's change; null when a coalition left the unit without a value.</summary>
    public IReadOnlyList<decimal?[]> Values { get; }

    /// <summary>[player][unit]: the standard error of a sampled value; null when the values are exact.</summary>
    public IReadOnlyList<double?[]>? StandardErrors { get; }

    /// <summary>The random orders sampled; 0 when exact.</summary>
    public int Orders { get; }

    /// <summary>True when every coalition was evaluated.</summary>
    public bool IsExact => StandardErrors is null;

    /// <summary>
    /// Computes the values of <paramref name="players"/> players for <paramref name="units"/> units.
    /// <paramref name="value"/> gives each unit's value for a coalition (bit i set: player i in);
    /// it is called once per coalition. Beyond <see cref="ExactLimit"/> players,
    /// <paramref name="orders"/> random orders drawn with <paramref name="seed"/> are averaged.
    /// </summary>
    public static ShapleyValues Compute(int players, int units, Func<ulong, IReadOnlyList<decimal?>> value, int orders, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, 63);
        var cache = new Dictionary<ulong, IReadOnlyList<decimal?>>();
        IReadOnlyList<decimal?> V(ulong coalition)
        {
            if (!cache.TryGetValue(coalition, out var values))
            {
                values = value(coalition);
                cache[coalition] = values;
            }

            return values;
        }

        var result = players <= ExactLimit ? Exact(players, units, V) : Sampled(players, units, V, orders, seed);
        var all = players == 0 ? 0UL : ulong.MaxValue >> (64 - players);
        AddUp(result.Values, V(all), V(0), units);
        return result;
    }

    private static ShapleyValues Exact(int players, int units, Func<ulong, IReadOnlyList<decimal?>> v)
    {
        // n!·φ_i = Σ over coalitions S without i of |S|!·(n − |S| − 1)!·(v(S ∪ i) − v(S)): whole weights, one division.
        var factorial = new decimal[players + 1];
        factorial[0] = 1m;
        for (var k = 1; k <= players; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        var sums = Enumerable.Range(0, players).Select(_ => new decimal?[units]).ToArray();
        var missing = new bool[units];
        for (ulong coalition = 0; coalition < 1UL << players; coalition++)
        {
            var size = ulong.PopCount(coalition);
            for (var player = 0; player < players; player++)
            {
                var bit = 1UL << player;
                if ((coalition & bit) != 0)
                {
                    continue;
                }

                var weight = factorial[(int)size] * factorial[players - (int)size - 1];
                var (without, with) = (v(coalition), v(coalition | bit));
                for (var u = 0; u < units; u++)
                {
                    if (without[u] is { } a && with[u] is { } b)
                    {
                        sums[player][u] = (sums[player][u] ?? 0m) + (weight * (b - a));
                    }
                    else
                    {
                        missing[u] = true;
                    }
                }
            }
        }

        var values = sums.Select(row => row.Select((s, u) => missing[u] ? null : (decimal?)((s ?? 0m) / factorial[players])).ToArray()).ToArray();
        return new ShapleyValues(values, null, 0);
    }

    private static ShapleyValues Sampled(int players, int units, Func<ulong, IReadOnlyList<decimal?>> v, int orders, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 2);
        var random = new Random(seed);
        var sums = Enumerable.Range(0, players).Select(_ => new decimal[units]).ToArray();
        var squares = Enumerable.Range(0, players).Select(_ => new double[units]).ToArray();
        var missing = new bool[units];
        var order = Enumerable.Range(0, players).ToArray();
        for (var draw = 0; draw < orders; draw++)
        {
            random.Shuffle(order);
            var coalition = 0UL;
            foreach (var player in order)
            {
                var (without, with) = (v(coalition), v(coalition | (1UL << player)));
                coalition |= 1UL << player;
                for (var u = 0; u < units; u++)
                {
                    if (without[u] is { } a && with[u] is { } b)
                    {
                        sums[player][u] += b - a;
                        squares[player][u] += (double)(b - a) * (double)(b - a);
                    }
                    else
                    {
                        missing[u] = true;
                    }
                }
            }
        }

        var values = new decimal?[players][];
        var errors = new double?[players][];
        for (var player = 0; player < players; player++)
        {
            values[player] = new decimal?[units];
            errors[player] = new double?[units];
            for (var u = 0; u < units; u++)
            {
                if (missing[u])
                {
                    continue;
                }

                var mean = sums[player][u] / orders;
                values[player][u] = mean;
                var variance = Math.Max(0d, (squares[player][u] / orders) - ((double)mean * (double)mean)) * orders / (orders - 1);
                errors[player][u] = Math.Sqrt(variance / orders);
            }
        }

        return new ShapleyValues(values, errors, orders);
    }

    /// <summary>
    /// Division leaves the parts a unit in the 28th digit away from the change; that remainder goes to
    /// the largest part, so the parts add up to v(all) − v(none) exactly.
    /// </summary>
    private static void AddUp(IReadOnlyList<decimal?[]> values, IReadOnlyList<decimal?> all, IReadOnlyList<decimal?> none, int units)
    {
        if (values.Count == 0)
        {
            return;
        }

        for (var u = 0; u < units; u++)
        {
            if (all[u] is not { } end || none[u] is not { } start || values[0][u] is null)
            {
                continue;
            }

            var largest = 0;
            var sum = 0m;
            for (var player = 0; player < values.Count; player++)
            {
                sum += values[player][u]!.Value;
                largest = Math.Abs(values[player][u]!.Value) > Math.Abs(values[largest][u]!.Value) ? player : largest;
            }

            values[largest][u] += end - start - sum;
        }
    }
}
