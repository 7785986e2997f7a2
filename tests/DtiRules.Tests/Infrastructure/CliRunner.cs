using System.Globalization;
using DtiRules.Cli;

namespace DtiRules.Tests.Infrastructure;

/// <summary>Runs the <c>dti</c> command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = DtiApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs under <paramref name="culture"/> as the current and UI culture, in English: a Vietnamese
    /// UI culture would otherwise choose Vietnamese, and these runs compare formatting only.
    /// </summary>
    public static (int ExitCode, string Out, string Error) RunUnder(string culture, params string[] args)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Run(["--lang", "en", .. args]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
