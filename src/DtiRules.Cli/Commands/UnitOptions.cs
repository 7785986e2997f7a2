using System.CommandLine;
using System.Globalization;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Commands;

/// <summary>Options of the commands that look at one unit's result (<c>explain</c>, <c>gaps</c>).</summary>
internal static class UnitOptions
{
    public static Option<string> Unit() =>
        new("--unit") { Description = Texts.Help.Get(nameof(HelpText.UnitDescription)), Required = true };

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

                argument.AddError(Texts.Help.Format(nameof(HelpText.WholeNumberExpected), name, minimum, text));
                return null;
            },
        };
}
