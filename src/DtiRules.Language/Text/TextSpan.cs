namespace DtiRules.Language.Text;

/// <summary>
/// A range of characters in a source text. The span knows its text, so a ruleset assembled from
/// several files (an edition and the editions it extends) still points into the right file.
/// </summary>
/// <param name="Start">Zero-based offset of the first character.</param>
/// <param name="Length">Number of characters covered.</param>
/// <param name="Source">The text the offsets refer to.</param>
public readonly record struct TextSpan(int Start, int Length, SourceText Source)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The file, line and column of the span.</summary>
    public SourceLocation Location => Source.GetLocation(this);

    /// <summary>The characters covered, as written.</summary>
    public string Text => Source.Text.Substring(Start, Math.Min(Length, Source.Text.Length - Start));

    /// <summary>The span from <paramref name="start"/> up to, not including, <paramref name="end"/> in <paramref name="source"/>.</summary>
    public static TextSpan FromBounds(int start, int end, SourceText source) => new(start, Math.Max(0, end - start), source);
}
