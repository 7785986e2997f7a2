using CsCheck;
using DtiRules.Analysis.Attribution;

namespace DtiRules.Tests.Attribution;

public sealed class ApportionmentTests
{
    [Fact]
    public void Rounded_parts_add_up_to_the_rounded_sum_each_within_one_step() =>
        Gen.Int[-1_000_000, 1_000_000].Select(i => i / 1_000_000m / 7m).Array[1, 12].Sample(parts =>
        {
            var rounded = Apportionment.Round(parts, 4);
            Assert.Equal(Math.Round(parts.Sum(), 4, MidpointRounding.AwayFromZero), rounded.Sum());
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.Equal(Math.Round(rounded[i], 4), rounded[i]);
                Assert.True(Math.Abs(rounded[i] - parts[i]) < 0.0001m, $"{parts[i]} → {rounded[i]}");
            }
        });
}
