using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using DtiRules.Cli.Commands;
using DtiRules.Cli.Resources;
using DtiRules.Language.Localization;

namespace DtiRules.Cli;

/// <summary>Builds the <c>dti</c> command tree and runs it against the given output writers.</summary>
public static class DtiApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        using var display = DisplaySettings.Use(DisplayOptions.Resolve(args));
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // System.CommandLine picks its texts by the UI culture; in English always, so LibraryTexts
            // recognises them and the language comes from the options only.
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return Invoke(Commands(new CliConsole(output, error)).Parse(args), output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int Invoke(ParseResult parsed, TextWriter output, TextWriter error)
    {
        int code;
        if (parsed.Action is HelpAction or ParseErrorAction)
        {
            // Help and parse errors are the library's text: written aside, then translated.
            var (help, errors) = (new StringWriter(), new StringWriter());
            code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = errors });
            output.Write(LibraryTexts.Translate(help.ToString()));
            error.Write(LibraryTexts.Translate(errors.ToString()));
        }
        else
        {
            code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        // The parser prints what is wrong with the command line; its own exit code is the one for errors in the data.
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>The <c>dti</c> command tree, writing to <paramref name="console"/>.</summary>
    internal static RootCommand Commands(CliConsole console)
    {
        var root = new RootCommand(Texts.Help.Get(nameof(HelpText.RootDescription)))
        {
            CheckCommand.Create(console),
            ScoreCommand.Create(console),
            RescoreCommand.Create(console),
            CompareCommand.Create(console),
            ShowCommand.Create(console),
            DiffCommand.Create(console),
            ExplainCommand.Create(console),
            GapsCommand.Create(console),
            WhatIfCommand.Create(console),
            TestCommand.Create(console),
            SnapshotCommand.Create(console),
            FormatCommand.Create(console),
            ReportCommand.Create(console),
            SensitivityCommand.Create(console),
            EmitCommand.Create(console),
            ImportCommand.Create(console),
            ExportCatalogueCommand.Create(console),
            ReconcileCommand.Create(console),
            LspCommand.Create(),
        };
        foreach (var option in DisplayOptions.Create())
        {
            root.Options.Add(option);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(console.Out);
            version.Description = LibraryTexts.VersionOptionDescription;
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = LibraryTexts.HelpOptionDescription;
        }

        return root;
    }
}
