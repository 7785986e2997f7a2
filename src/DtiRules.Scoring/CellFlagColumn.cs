namespace DtiRules.Scoring;

/// <summary>
/// The flags of one input, node or output for every unit. Most cells carry none, so the array is
/// made at the first flag: a run over 10,000 units then allocates flags only where something
/// happened.
/// </summary>
internal sealed class CellFlagColumn(int count)
{
    private CellFlags[]? _flags;

    /// <summary>The unit's flags.</summary>
    public CellFlags this[int unit] => _flags is null ? CellFlags.None : _flags[unit];

    /// <summary>Adds <paramref name="flag"/> to the unit's flags.</summary>
    public void Add(int unit, CellFlags flag) => Flags()[unit] |= flag;

    /// <summary>Replaces the unit's flags with <paramref name="flags"/>.</summary>
    public void Set(int unit, CellFlags flags) => Flags()[unit] = flags;

    /// <summary>Gives every unit <paramref name="flags"/>.</summary>
    public void Fill(CellFlags flags) => Array.Fill(Flags(), flags);

    private CellFlags[] Flags() => _flags ??= new CellFlags[count];
}
