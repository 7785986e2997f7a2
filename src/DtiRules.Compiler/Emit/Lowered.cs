namespace DtiRules.Compiler.Emit;

/// <summary>
/// A formula part lowered to C# for the current unit <c>u</c>: an expression telling whether the
/// value is present and one giving the value (meaningful only where present). Both are free of
/// side effects (literals, locals, array reads), so they may be repeated.
/// </summary>
/// <param name="Present">A <c>bool</c> expression, <c>true</c> or <c>false</c> when known.</param>
/// <param name="Value">A <c>decimal</c> expression.</param>
internal readonly record struct Lowered(string Present, string Value)
{
    public const string Always = "true";
    public const string Never = "false";

    /// <summary>A value that is missing for every unit.</summary>
    public static Lowered Missing { get; } = new(Never, "0m");

    /// <summary>A constant, present for every unit.</summary>
    public static Lowered Constant(string value) => new(Always, value);

    /// <summary>The presence of a result that needs every one of <paramref name="parts"/>: <c>a &amp; b</c>, folded where known.</summary>
    public static string AllPresent(IEnumerable<Lowered> parts)
    {
        var needed = new List<string>();
        foreach (var part in parts)
        {
            if (part.Present == Never)
            {
                return Never;
            }

            if (part.Present != Always && !needed.Contains(part.Present))
            {
                needed.Add(part.Present);
            }
        }

        return needed.Count == 0 ? Always : string.Join(" & ", needed);
    }
}
