using System.CommandLine;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output.Formats;

/// <summary>The registry of output formats: every <see cref="OutputFormat"/> of this assembly.</summary>
internal static class OutputFormats
{
    private static readonly IReadOnlyList<OutputFormat> All = [.. typeof(OutputFormat).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(OutputFormat)) && !t.IsAbstract)
        .Select(t => (OutputFormat)Activator.CreateInstance(t)!)
        .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>The formats that write <typeparamref name="TDocument"/>, <paramref name="defaultName"/> first.</summary>
    public static IReadOnlyList<OutputFormat> For<TDocument>(string defaultName) =>
        [.. All.Where(f => f is IWrites<TDocument>).OrderBy(f => f.Name != defaultName)];

    /// <summary><c>--format</c> for a command whose result is <typeparamref name="TDocument"/>: every format that writes it, <paramref name="defaultName"/> by default.</summary>
    public static Option<string> Option<TDocument>(string defaultName)
    {
        var formats = For<TDocument>(defaultName);
        var described = formats.Select(f => $"{f.Name} ({f.Purpose})").ToList();
        var option = new Option<string>("--format")
        {
            Description = Texts.Help.Format(nameof(HelpText.FormatOptionDescription), string.Join(", ", described.Take(described.Count - 1)), described[^1]),
            DefaultValueFactory = _ => defaultName,
        };
        option.AcceptOnlyFromAmong([.. formats.Select(f => f.Name)]);
        return option;
    }

    /// <summary>Writes <paramref name="document"/> in the format named <paramref name="name"/>, which the option has accepted.</summary>
    public static void Write<TDocument>(string name, TDocument document, TextWriter output, TextWriter notes) =>
        All.OfType<IWrites<TDocument>>().Single(f => ((OutputFormat)(object)f).Name == name).Write(document, output, notes);
}
