using CsCheck;
using DtiRules.Analysis.Attribution;

namespace DtiRules.Tests.Attribution;

public sealed class ShapleyValuesTests
{
    private const int Units = 3;

    /// <summary>A game: per coalition and unit a value with four decimals, as published index values are.</summary>
    private static Gen<(int Players, decimal[][] Table)> Game(int minPlayers, int maxPlayers) =>
        Gen.Int[minPlayers, maxPlayers].SelectMany(n =>
            Gen.Int[-10_000, 10_000].Select(i => i / 10_000m).Array[Units].Array[1 << n].Select(t => (n, t)));

    /// <summary>Shapley values by definition: each player's marginal contribution averaged over every order of joining.</summary>
    private static decimal[][] ByPermutations(int players, decimal[][] table)
    {
        var sums = Enumerable.Range(0, players).Select(_ => new decimal[Units]).ToArray();
        var count = 0;
        foreach (var order in Permutations(Enumerable.Range(0, players).ToList()))
        {
            count++;
            var coalition = 0;
            foreach (var player in order)
            {
                for (var u = 0; u < Units; u++)
                {
                    sums[player][u] += table[coalition | (1 << player)][u] - table[coalition][u];
                }

                coalition |= 1 << player;
            }
        }

        return [.. sums.Select(row => row.Select(s => s / count).ToArray())];
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var first in items)
        {
            foreach (var rest in Permutations([.. items.Where(i => i != first)]))
            {
                yield return [first, .. rest];
            }
        }
    }

    [Fact]
    public void Exact_values_equal_the_average_over_every_order_and_add_up_to_the_change() =>
        Game(0, 6).Sample(game =>
        {
            var (n, table) = game;
            var calls = 0;
            var values = ShapleyValues.Compute(n, Units, c => { calls++; return [.. table[(int)c].Select(v => (decimal?)v)]; }, orders: 10, seed: 1);
            var expected = ByPermutations(n, table);
            Assert.True(values.IsExact);
            Assert.Equal(1 << n, calls);
            for (var u = 0; u < Units; u++)
            {
                for (var p = 0; p < n; p++)
                {
                    Assert.True(Math.Abs(expected[p][u] - values.Values[p][u]!.Value) < 1e-20m, $"player {p} unit {u}: {expected[p][u]} vs {values.Values[p][u]}");
                }

                Assert.Equal(table[(1 << n) - 1][u] - table[0][u], n == 0 ? 0m : values.Values.Sum(v => v[u]!.Value));
            }
        });

    [Fact]
    public void Sampled_values_add_up_exactly_and_are_exact_for_an_additive_game()
    {
        // More players than are tried exactly: each player adds its own weight whoever joined before.
        Gen.Int[-100, 100].Select(i => i / 100m).Array[ShapleyValues.ExactLimit + 1, ShapleyValues.ExactLimit + 3].Sample(weights =>
        {
            var n = weights.Length;
            IReadOnlyList<decimal?> Value(ulong c) => [.. Enumerable.Range(0, Units).Select(u => (decimal?)Enumerable.Range(0, n).Where(p => (c & (1UL << p)) != 0).Sum(p => weights[p] * (u + 1)))];
            var values = ShapleyValues.Compute(n, Units, Value, orders: 20, seed: 7);
            Assert.False(values.IsExact);
            Assert.Equal(20, values.Orders);
            for (var u = 0; u < Units; u++)
            {
                Assert.Equal(weights.Sum() * (u + 1), values.Values.Sum(v => v[u]!.Value));
                for (var p = 0; p < n; p++)
                {
                    Assert.Equal(weights[p] * (u + 1), values.Values[p][u]);
                    Assert.InRange(values.StandardErrors![p][u]!.Value, 0d, 1e-6);
                }
            }
        }, iter: 20);
    }

    [Fact]
    public void Sampled_values_repeat_with_the_seed_and_add_up_for_an_interacting_game()
    {
        const int n = ShapleyValues.ExactLimit + 2;
        IReadOnlyList<decimal?> Value(ulong c) => [.. Enumerable.Range(0, Units).Select(u => (decimal?)(ulong.PopCount(c) * ulong.PopCount(c) / 7m + ((c & 1) != 0 && (c & 2) != 0 ? u : 0)))];
        var first = ShapleyValues.Compute(n, Units, Value, orders: 50, seed: 3);
        var again = ShapleyValues.Compute(n, Units, Value, orders: 50, seed: 3);
        for (var u = 0; u < Units; u++)
        {
            Assert.Equal(Value((1UL << n) - 1)[u] - Value(0)[u], first.Values.Sum(v => v[u]!.Value));
            Assert.Equal(first.Values.Select(v => v[u]), again.Values.Select(v => v[u]));
        }
    }

    [Fact]
    public void A_unit_without_a_value_in_some_coalition_gets_no_shares()
    {
        var values = ShapleyValues.Compute(2, 2, c => c == 1 ? [1m, null] : [(decimal)c, (decimal)c], orders: 10, seed: 1);
        Assert.All(values.Values, v => Assert.Null(v[1]));
        Assert.Equal(3m, values.Values.Sum(v => v[0]!.Value));
    }
}
