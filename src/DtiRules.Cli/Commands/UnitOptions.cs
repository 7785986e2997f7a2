using System.CommandLine;

namespace DtiRules.Cli.Commands;

/// <summary>Options of the commands that look at one unit's result (<c>explain</c>, <c>gaps</c>).</summary>
internal static class UnitOptions
{
    public static Option<string> Unit() =>
        new("--unit") { Description = "The unit, written any way the unit list accepts (\"TP.HCM\", \"Thua Thien Hue\", a code).", Required = true };

    /// <summary>Rejects a value of <paramref name="option"/> below <paramref name="minimum"/>.</summary>
    public static void RequireAtLeast(Command command, Option<int?> option, int minimum) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(option) is { } value && value < minimum)
            {
                result.AddError($"{option.Name} must be {minimum} or more.");
            }
        });
}
