using System.CommandLine;
using System.Globalization;

namespace DtiRules.Cli.Commands;

/// <summary>Options of the commands that look at one unit's result (<c>explain</c>, <c>gaps</c>).</summary>
internal static class UnitOptions
{
    public static Option<string> Unit() =>
        new("--unit") { Description = "The unit, written any way the unit list accepts (\"TP.HCM\", \"Thua Thien Hue\", a code).", Required = true };

    /// <summary>
    /// An optional whole number of at least <paramref name="minimum"/>; anything else is a usage error
    /// naming the option, raised while the value is parsed so no validator ever reads a bad value.
    /// </summary>
    public static Option<int?> WholeNumber(string name, string description, int minimum) =>
        new(name)
        {
            Description = description,
            CustomParser = argument =>
            {
                var text = argument.Tokens is [var token] ? token.Value : string.Empty;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum)
                {
                    return value;
                }

                argument.AddError($"{name} takes a whole number, {minimum} or more; '{text}' is not one.");
                return null;
            },
        };
}
