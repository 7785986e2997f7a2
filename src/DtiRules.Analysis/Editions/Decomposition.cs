using System.Globalization;

namespace DtiRules.Analysis.Editions;

/// <summary>A unit's change of the index between (A, OLD) and (B, NEW), split into the part the data made and the part the rules made.</summary>
/// <param name="Total">B(NEW) − A(OLD).</param>
/// <param name="DataEffect">The change from new data under the same rules.</param>
/// <param name="MethodologyEffect">The change from new rules on the same data.</param>
public sealed record Decomposition(decimal Total, decimal DataEffect, decimal MethodologyEffect)
{
    /// <summary>Splits the change of the index values of one unit in the stated <paramref name="order"/>.</summary>
    /// <exception cref="InvalidOperationException">The effects do not add up to the total, which decimal arithmetic rules out.</exception>
    public static Decomposition Of(decimal oldUnderA, decimal newUnderA, decimal oldUnderB, decimal newUnderB, DecompositionOrder order)
    {
        var total = newUnderB - oldUnderA;
        var (data, methodology) = order == DecompositionOrder.DataFirst
            ? (newUnderA - oldUnderA, newUnderB - newUnderA)
            : (newUnderB - oldUnderB, oldUnderB - oldUnderA);
        if (data + methodology != total)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The effects {data} and {methodology} do not add up to the change {total}."));
        }

        return new Decomposition(total, data, methodology);
    }
}
