using DtiRules.Language.Builtins;
using DtiRules.Scoring;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Compiles generated C# into an assembly image. The references are the core library,
/// DtiRules.Language (the built-ins) and DtiRules.Scoring (the run's columns) only, the units are parsed in parallel and the methods compiled concurrently,
/// and the image is audited before it is returned.
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
            MetadataReference.CreateFromFile(typeof(Operators).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(IColumnEvaluator).Assembly.Location),
        ];
    });

    /// <summary>The assembly image of <paramref name="source"/>, one compilation unit.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile or fails the audit (a bug of the emitter).</exception>
    public static byte[] Compile(string source, string assemblyName) => Compile([source], assemblyName);

    /// <summary>The assembly image of <paramref name="units"/>.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile or fails the audit (a bug of the emitter).</exception>
    public static byte[] Compile(IReadOnlyList<string> units, string assemblyName)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = units.AsParallel().AsOrdered().Select(unit => CSharpSyntaxTree.ParseText(unit, parseOptions)).ToArray();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            allowUnsafe: false,
            concurrentBuild: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
            throw new InvalidOperationException("Generated code does not compile:\n" + string.Join("\n", errors));
        }

        var bytes = image.ToArray();
        GeneratedCodeAudit.Check(bytes);
        return bytes;
    }
}
