using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>
/// A progress bar for long runs, drawn on standard error only when it is an interactive terminal:
/// redirected output, CI (<c>CI=true</c>) and tests see nothing, so files, logs and snapshots stay
/// byte for byte the same. The bar is cleared when the work ends, before any result is printed.
/// </summary>
internal sealed class TerminalProgress
{
    private readonly ProgressTask? _task;
    private bool _started;

    private TerminalProgress(ProgressTask? task) => _task = task;

    /// <summary>Runs <paramref name="work"/> with a bar of <paramref name="steps"/> steps, named <paramref name="title"/> until the first step, when the terminal shows one.</summary>
    public static T Run<T>(CliConsole console, string title, int steps, Func<TerminalProgress, T> work)
    {
        if (!IsShown(console))
        {
            return work(new TerminalProgress(null));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new TerminalProgress(context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, steps)))));
    }

    /// <summary>Marks the step before as done and names the one starting.</summary>
    public void Begin(string step)
    {
        if (_task is null)
        {
            return;
        }

        if (_started)
        {
            _task.Increment(1);
        }

        _started = true;
        _task.Description = Markup.Escape(step);
    }

    private static bool IsShown(CliConsole console) =>
        ReferenceEquals(console.Error, Console.Error)
        && !Console.IsErrorRedirected
        && !IsTruthy(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    private static bool IsTruthy(string? value) =>
        !string.IsNullOrEmpty(value) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) && value != "0";
}
