namespace DtiRules.Compiler.Emit;

/// <summary>A column of the run as a generated method holds it: two locals, <c>Name</c> (values) and <c>NamePresent</c>.</summary>
/// <param name="Name">The values' local; the presence mask's is the same name with <c>Present</c> after it.</param>
/// <param name="Declaration">The statements declaring both, with a comment naming the column.</param>
internal sealed record ColumnLocal(string Name, string Declaration);
