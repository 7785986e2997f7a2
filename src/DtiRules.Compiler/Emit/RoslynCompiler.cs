using DtiRules.Language.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Compiles generated C# into an assembly image. The references are the core library and
/// DtiRules.Language only, and the tree is audited before it is emitted.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var coreLibrary = typeof(object).Assembly.Location;
        var runtimeFolder = Path.GetDirectoryName(coreLibrary)!;
        return
        [
            MetadataReference.CreateFromFile(coreLibrary),
            MetadataReference.CreateFromFile(Path.Combine(runtimeFolder, "System.Runtime.dll")),
            MetadataReference.CreateFromFile(typeof(IFormulaEvaluator).Assembly.Location),
        ];
    });

    /// <summary>The assembly image of <paramref name="source"/>.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile or fails the audit (a bug of the emitter).</exception>
    public static byte[] Compile(string source, string assemblyName)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            allowUnsafe: false);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Generated code does not compile:\n" + string.Join("\n", errors.Take(10)));
        }

        GeneratedCodeAudit.Check(compilation, tree);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("Generated code could not be emitted:\n" + string.Join("\n", result.Diagnostics.Take(10)));
        }

        return image.ToArray();
    }
}
