namespace DtiRules.Cli.Output.Formats;

/// <summary>A format that can write a command's result of type <typeparamref name="TDocument"/>.</summary>
/// <typeparam name="TDocument">The result, with what the command adds to it (notes, titles).</typeparam>
internal interface IWrites<in TDocument>
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>; notes a format cannot hold go to <paramref name="notes"/> (standard error).</summary>
    void Write(TDocument document, TextWriter output, TextWriter notes);
}
