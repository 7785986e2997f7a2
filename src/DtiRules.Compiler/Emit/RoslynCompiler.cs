using System.Runtime.ExceptionServices;
using DtiRules.Language.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Compiles generated C# into an assembly image. The references are the core library and
/// DtiRules.Language only, and every tree is audited before the image is emitted.
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
            MetadataReference.CreateFromFile(typeof(IColumnEvaluator).Assembly.Location),
        ];
    });

    /// <summary>The assembly image of <paramref name="source"/>, one compilation unit.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile or fails the audit (a bug of the emitter).</exception>
    public static byte[] Compile(string source, string assemblyName) => Compile([source], assemblyName);

    /// <summary>The assembly image of <paramref name="units"/>, parsed in parallel.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile or fails the audit (a bug of the emitter).</exception>
    public static byte[] Compile(IReadOnlyList<string> units, string assemblyName)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = units.AsParallel().AsOrdered().Select(unit => CSharpSyntaxTree.ParseText(unit, parseOptions)).ToArray();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            allowUnsafe: false);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Generated code does not compile:\n" + string.Join("\n", errors.Take(10)));
        }

        try
        {
            Parallel.ForEach(trees, tree => GeneratedCodeAudit.Check(compilation, tree));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("Generated code could not be emitted:\n" + string.Join("\n", result.Diagnostics.Take(10)));
        }

        return image.ToArray();
    }
}
