namespace DtiRules.Data.Catalogues;

/// <summary>The criteria of a sheet as a tree: groups, parents and criteria, with their max points.</summary>
/// <param name="SourceName">The sheet's file name (without folders), which provenance quotes.</param>
/// <param name="Title">The title row above the header, or the file name without its extension.</param>
/// <param name="Roots">The top-level groups and criteria, in sheet order.</param>
public sealed record Catalogue(string SourceName, string Title, IReadOnlyList<CatalogueNode> Roots)
{
    /// <summary>The headers of the sheet's note columns (status, person in charge, evidence), in sheet order.</summary>
    public IReadOnlyList<string> NoteHeaders { get; init; } = [];

    /// <summary>The total of the max points: the ruleset's scale.</summary>
    public decimal Total => Roots.Sum(r => r.Max);

    /// <summary>Every node, parents first, in sheet order.</summary>
    public IEnumerable<CatalogueNode> Nodes => Roots.SelectMany(r => r.DescendantsAndSelf());

    /// <summary>The criteria (leaves), in sheet order.</summary>
    public IEnumerable<CatalogueNode> Criteria => Nodes.Where(n => n.IsLeaf);
}
