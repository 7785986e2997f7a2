using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Tests;

/// <summary>A result a test expects for one unit.</summary>
/// <param name="Unit">The unit as written.</param>
/// <param name="Kind">What is compared.</param>
/// <param name="Node">The node, for points and node values.</param>
/// <param name="Output">The output, for output values and ranks.</param>
/// <param name="Expected">The expected number.</param>
/// <param name="Tolerance">Allowed difference, or null for exact.</param>
/// <param name="IsRelative">True when the tolerance is a percentage of the expected value.</param>
/// <param name="Target">The target as written, e.g. <c>points(nt_01)</c>.</param>
/// <param name="Location">Where it is written.</param>
public sealed record TestExpectation(
    string Unit, ExpectationKind Kind, NodeSymbol? Node, OutputSymbol? Output, decimal Expected, decimal? Tolerance, bool IsRelative, string Target, SourceLocation Location)
{
    /// <summary>True when <paramref name="actual"/> meets the expectation.</summary>
    public bool IsMetBy(decimal? actual)
    {
        if (actual is not { } value)
        {
            return false;
        }

        var allowed = Tolerance is not { } tolerance ? 0m : IsRelative ? Math.Abs(Expected) * tolerance / 100m : tolerance;
        return Math.Abs(value - Expected) <= allowed;
    }
}
