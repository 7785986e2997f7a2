using System.CommandLine;
using DtiRules.LanguageServer;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti lsp</c>: the language server for editors, over stdin and stdout.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Run the language server (Language Server Protocol over stdin/stdout) for editors; the VS Code extension in editors/vscode starts it.");
        command.SetAction((_, cancellation) =>
            LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellation));
        return command;
    }
}
