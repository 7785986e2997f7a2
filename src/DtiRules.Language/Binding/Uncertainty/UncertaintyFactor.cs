using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>A checked factor of an <c>uncertainty</c> block: one choice a sensitivity run varies.</summary>
/// <param name="Name">How results name the factor (<c>weight nhan_thuc_so</c>).</param>
/// <param name="Location">Where it is written.</param>
public abstract record UncertaintyFactor(string Name, SourceLocation Location);
