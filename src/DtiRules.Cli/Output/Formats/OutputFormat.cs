namespace DtiRules.Cli.Output.Formats;

/// <summary>
/// One value of <c>--format</c>. A format is one class: it derives from this and implements
/// <see cref="IWrites{TDocument}"/> for each command result it can write; <see cref="OutputFormats"/>
/// finds it, offers it on every command whose result it writes and describes it in the help.
/// </summary>
internal abstract class OutputFormat
{
    /// <summary>The value of <c>--format</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Who it is for, as the help says it, e.g. <c>for tools</c>.</summary>
    public abstract string Purpose { get; }
}
