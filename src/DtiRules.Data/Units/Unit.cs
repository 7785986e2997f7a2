using DtiRules.Scoring;

namespace DtiRules.Data.Units;

/// <summary>One unit of a list, e.g. a province, a commune or a department.</summary>
/// <param name="Code">The code exactly as the list writes it, e.g. <c>01</c> or <c>00004</c>.</param>
/// <param name="Name">Canonical name in Vietnamese, NFC, e.g. <c>Hà Nội</c>.</param>
/// <param name="Kind">The unit kind, e.g. <c>province</c> or <c>commune</c>.</param>
/// <param name="Parent">The unit above it (a commune's province), or null.</param>
public sealed record Unit(string Code, string Name, string Kind, Unit? Parent)
{
    /// <summary>The unit as scored data identifies it, with its parent and kind.</summary>
    public UnitIdentity ToIdentity() => new(Code, Name) { Kind = Kind, Parent = Parent?.ToIdentity() };

    /// <summary>The unit for messages: its name and code, and its parent's when it has one, e.g. <c>Xã Hòa Bình (12345) in Đắk Lắk (66)</c>.</summary>
    public string Describe() => Parent is null ? $"{Name} ({Code})" : $"{Name} ({Code}) in {Parent.Name} ({Parent.Code})";
}
