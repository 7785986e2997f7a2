using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using DtiRules.Compiler.Cache;
using DtiRules.Compiler.Emit;
using DtiRules.Compiler.Resources;
using DtiRules.Language.Binding;
using DtiRules.Scoring;

namespace DtiRules.Compiler;

/// <summary>
/// Compiles checked rulesets to scorers, once per ruleset: a compiled ruleset is kept in memory
/// and on disk under <see cref="RulesetKey"/> (signed, and loaded only when its signature and the
/// code audit pass: <see cref="ImageCache"/>), and loaded into a collectible load context, so its
/// code goes away with the engine. Safe to use from several threads and processes.
/// </summary>
public sealed class CompiledEngine
{
    private const string SingleClassName = "Formulas";

    private static readonly Lazy<CompiledEngine> SharedEngine = new(() => new CompiledEngine(CompiledEngineOptions.FromEnvironment()));

    private readonly ConcurrentDictionary<string, Lazy<(IColumnEvaluator Formulas, CompiledOrigin Origin, IReadOnlyList<CacheRejection> Rejections)>> _compiled = new(StringComparer.Ordinal);

    private readonly Lazy<ImageCache?> _disk;

    /// <summary>An engine caching as <paramref name="options"/> say.</summary>
    public CompiledEngine(CompiledEngineOptions options)
    {
        Options = options;
        _disk = new(() => options.CacheDirectory is { } folder ? new ImageCache(folder, options.KeyFile ?? CompiledEngineOptions.DefaultKeyFile) : null);
    }

    /// <summary>The engine of the process, configured from the environment (<see cref="CompiledEngineOptions.FromEnvironment"/>).</summary>
    public static CompiledEngine Shared => SharedEngine.Value;

    /// <summary>Where this engine caches.</summary>
    public CompiledEngineOptions Options { get; }

    /// <summary>The engine version: the builds of the language and the compiler, which key compiled rulesets (<c>dti --version</c>).</summary>
    public static string Version => RulesetKey.EngineVersion;

    /// <summary>The C# the ruleset compiles to, for review (<c>dti emit</c>).</summary>
    public static string Emit(BoundRuleset ruleset) => CSharpEmitter.EmitText([(ruleset, SingleClassName)]);

    /// <summary>True when the ruleset is compiled and loaded in this engine, so scoring with it costs nothing extra.</summary>
    public bool IsLoaded(BoundRuleset ruleset) => _compiled.ContainsKey(RulesetKey.Of(ruleset));

    /// <summary>True when the ruleset is compiled already, in memory or on disk, so scoring with it costs no compilation.</summary>
    public bool IsCached(BoundRuleset ruleset)
    {
        var key = RulesetKey.Of(ruleset);
        return _compiled.ContainsKey(key) || _disk.Value?.Contains(key) == true;
    }

    /// <summary>A scorer for <paramref name="ruleset"/>, compiled unless cached; a ruleset with errors is not compiled and scores to DR3006.</summary>
    public CompiledScorer GetScorer(BoundRuleset ruleset)
    {
        if (ruleset.ErrorCount > 0)
        {
            return new CompiledScorer(ruleset, NeverEvaluated.Instance, CompiledOrigin.NotCompiled);
        }

        var entry = _compiled.GetOrAdd(RulesetKey.Of(ruleset), k => new Lazy<(IColumnEvaluator, CompiledOrigin, IReadOnlyList<CacheRejection>)>(() => LoadOrCompile(ruleset, k)));
        var loadedBefore = entry.IsValueCreated;
        var (formulas, origin, rejections) = entry.Value;
        return loadedBefore ? new CompiledScorer(ruleset, formulas, CompiledOrigin.Memory) : new CompiledScorer(ruleset, formulas, origin) { CacheRejections = rejections };
    }

    /// <summary>
    /// Compiles every ruleset not cached yet in one Roslyn compilation, kept in memory only: the
    /// cheap way to prepare many rulesets at once (tests, sensitivity runs).
    /// </summary>
    public void CompileTogether(IEnumerable<BoundRuleset> rulesets)
    {
        var pending = rulesets
            .Select(r => (Ruleset: r, Key: RulesetKey.Of(r)))
            .Where(p => !_compiled.ContainsKey(p.Key))
            .DistinctBy(p => p.Key)
            .Select((p, i) => (p.Ruleset, p.Key, ClassName: "Formulas" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var units = CSharpEmitter.EmitUnits([.. pending.Select(p => (p.Ruleset, p.ClassName))]);
        var assembly = Load(RoslynCompiler.Compile(units, "DtiRules.Compiled.Batch"));
        foreach (var (_, key, className) in pending)
        {
            var formulas = Formulas(assembly, className);
            _compiled.TryAdd(key, new Lazy<(IColumnEvaluator, CompiledOrigin, IReadOnlyList<CacheRejection>)>((formulas, CompiledOrigin.Compiled, [])));
        }
    }

    private (IColumnEvaluator Formulas, CompiledOrigin Origin, IReadOnlyList<CacheRejection> Rejections) LoadOrCompile(BoundRuleset ruleset, string key)
    {
        var disk = _disk.Value;
        if (disk?.Rejection is { } unusable)
        {
            return (Formulas(Load(Compile(ruleset, key)), SingleClassName), CompiledOrigin.Compiled, [unusable]);
        }

        CacheRejection? rejection = null;
        if (disk?.TryRead(key, out rejection) is { } cached)
        {
            try
            {
                GeneratedCodeAudit.Check(cached);
                return (Formulas(Load(cached), SingleClassName), CompiledOrigin.Disk, []);
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or InvalidOperationException)
            {
                // Signed by this user yet refused by the audit or the loader: never run, compiled again.
                rejection = new CacheRejection(disk.PathOf(key), new CacheRefusal(nameof(CacheText.DoesNotLoad), e.Message));
            }
        }

        var image = Compile(ruleset, key);
        disk?.Write(key, image);
        return (Formulas(Load(image), SingleClassName), CompiledOrigin.Compiled, rejection is null ? [] : [rejection]);
    }

    private static byte[] Compile(BoundRuleset ruleset, string key) =>
        RoslynCompiler.Compile(CSharpEmitter.EmitUnits([(ruleset, SingleClassName)]), "DtiRules.Compiled." + key[..16]);

    private static Assembly Load(byte[] image)
    {
        var context = new AssemblyLoadContext("DtiRules.Compiled", isCollectible: true);
        using var stream = new MemoryStream(image);
        return context.LoadFromStream(stream);
    }

    private static CompiledFormulas Formulas(Assembly assembly, string className)
    {
        var type = assembly.GetType(CSharpEmitter.Namespace + "." + className)
            ?? throw new InvalidOperationException($"The compiled assembly has no class {className}.");
        var evaluate = type.GetMethod(CSharpEmitter.EntryMethod, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"The compiled class {className} has no {CSharpEmitter.EntryMethod} method.");
        return new CompiledFormulas(evaluate.CreateDelegate<Action<int, ScoringColumns, FormulaTarget>>());
    }
}
