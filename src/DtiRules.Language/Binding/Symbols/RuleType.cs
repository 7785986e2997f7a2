using DtiRules.Language.Resources;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>The type of a formula or input.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="LevelType">For <see cref="TypeKind.Level"/>, which level type.</param>
public sealed record RuleType(TypeKind Kind, LevelTypeSymbol? LevelType = null)
{
    /// <summary>A plain number.</summary>
    public static readonly RuleType Number = new(TypeKind.Number);

    /// <summary>A percentage.</summary>
    public static readonly RuleType Percent = new(TypeKind.Percent);

    /// <summary>A count.</summary>
    public static readonly RuleType Count = new(TypeKind.Count);

    /// <summary>Yes or no.</summary>
    public static readonly RuleType YesNo = new(TypeKind.YesNo);

    /// <summary>An expression with an error.</summary>
    public static readonly RuleType Error = new(TypeKind.Error);

    /// <summary>True for number, percent and count: usable in arithmetic.</summary>
    public bool IsNumeric => Kind is TypeKind.Number or TypeKind.Percent or TypeKind.Count;

    /// <summary>A level type's members' type.</summary>
    public static RuleType Level(LevelTypeSymbol levelType) => new(TypeKind.Level, levelType);

    /// <summary>
    /// How a message names the type, in the current language: <c>number</c>, <c>yes/no</c>,
    /// <c>level(chair_level)</c> in English, <c>số</c>, <c>có/không</c>, <c>mức(chair_level)</c> in Vietnamese.
    /// </summary>
    public string Describe() => Kind switch
    {
        TypeKind.Number => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_Number)),
        TypeKind.Percent => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_Percent)),
        TypeKind.Count => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_Count)),
        TypeKind.YesNo => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_YesNo)),
        TypeKind.Level => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_Level), LevelType?.Name),
        TypeKind.Error => DiagnosticTexts.Phrase(nameof(DiagnosticText.TypeName_Error)),
    };

    /// <summary>
    /// The type's name in machine formats (JSON, the rows of a methodology diff), the same in every
    /// language: <c>number</c>, <c>yes/no</c>, <c>level(chair_level)</c>. Messages use <see cref="Describe"/>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        TypeKind.YesNo => "yes/no",
        TypeKind.Level => $"level({LevelType?.Name})",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
