using System.Security.Cryptography;
using System.Text;
using DtiRules.Compiler.Emit;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Language.Syntax;
using DtiRules.Scoring;

namespace DtiRules.Compiler;

/// <summary>
/// The cache key of a compiled ruleset: SHA-256 of the resolved ruleset text (as the printer writes
/// it, so formatting and comments do not matter) and the engine version (the builds of the
/// language, the scoring run and the compiler), in lower-case hex.
/// </summary>
internal static class RulesetKey
{
    /// <summary>The versions of the assemblies generated code depends on and of the compiler; deterministic builds change them exactly when their code changes.</summary>
    public static string EngineVersion { get; } =
        $"{typeof(Operators).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(IColumnEvaluator).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(CSharpEmitter).Assembly.ManifestModule.ModuleVersionId:N}";

    public static string Of(BoundRuleset ruleset)
    {
        var text = SyntaxPrinter.Print(ruleset.Declarations) + "\n" + EngineVersion;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
