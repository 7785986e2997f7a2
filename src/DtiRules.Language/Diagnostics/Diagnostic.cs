using System.Globalization;
using DtiRules.Language.Text;

namespace DtiRules.Language.Diagnostics;

/// <summary>One problem found in a ruleset or a dataset: data, never an exception.</summary>
/// <param name="Descriptor">The kind of problem.</param>
/// <param name="Severity">The severity of this occurrence.</param>
/// <param name="Message">The message, including how to fix the problem.</param>
/// <param name="Location">Where it is, or null for problems with no place (e.g. a missing file argument).</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>Other places the message speaks of, in order; empty for most diagnostics.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>
    /// The names the message's "did you mean" offers, the closest first; empty when it offers none.
    /// Set from the <see cref="SuggestedNames"/> among the message's arguments, so the data and the words agree.
    /// </summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The stable code, e.g. <c>DR1001</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Creates a diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        new(descriptor, descriptor.Severity, descriptor.FormatMessage(args), location)
        {
            Suggestions = [.. args.OfType<SuggestedNames>().SelectMany(s => s.Names)],
        };

    /// <summary>Diagnostics are equal when every part is, the related places compared in order.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Descriptor == other.Descriptor && Severity == other.Severity && Message == other.Message
        && Location == other.Location && Related.SequenceEqual(other.Related) && Suggestions.SequenceEqual(other.Suggestions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Descriptor, Severity, Message, Location, Related.Count);

    /// <summary>Renders as <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLower(CultureInfo.InvariantCulture);
        return Location is null
            ? $"{severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}
