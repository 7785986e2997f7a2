using System.Text;

namespace DtiRules.Cli;

/// <summary>Entry point of the <c>dti</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return DtiApp.Run(args, Console.Out, Console.Error);
    }
}
