using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>A Spectre console that writes plain text without colour, so a terminal, a file and a CI log get the same table.</summary>
internal static class PlainConsole
{
    /// <summary>Wide enough that Spectre never wraps a table; its real width comes from the content.</summary>
    private const int RenderWidth = 1000;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = RenderWidth;
        return console;
    }
}
