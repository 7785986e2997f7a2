using System.CommandLine;
using DtiRules.Cli.Resources;
using DtiRules.LanguageServer;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti lsp</c>: the language server for editors, over stdin and stdout.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", Texts.Help.Get(nameof(HelpText.LspDescription)));
        command.SetAction((_, cancellation) =>
            LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellation));
        return command;
    }
}
