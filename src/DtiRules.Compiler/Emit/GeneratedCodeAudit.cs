using System.Collections.Immutable;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Reflection;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Checks a compiled image before it is loaded: the code may reach outside its own assembly only
/// through the metadata references this audit allows (the built-ins, the run's columns, decimal
/// and the exceptions arithmetic throws), and it may hold no native code or platform calls. IL
/// reaches other code only through such references, so no file, network, reflection or process
/// access can be reached, whatever a ruleset contains or whoever wrote a cached image. Reading the
/// references costs far less than compiling, so it runs on every image, cached ones included.
/// </summary>
internal static class GeneratedCodeAudit
{
    private const string AnyMember = "*";

    private static readonly HashSet<string> AllowedAssemblies = new(StringComparer.Ordinal) { "System.Runtime", "System.Private.CoreLib", "DtiRules.Language", "DtiRules.Scoring" };

    /// <summary>Referenced types and the members of each the code may use.</summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedTypes = new(StringComparer.Ordinal)
    {
        ["System.Object"] = [],
        ["System.Decimal"] = [AnyMember],
        ["System.ArithmeticException"] = [],
        ["System.ArgumentOutOfRangeException"] = [".ctor"],
        ["System.IndexOutOfRangeException"] = [".ctor"],
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggableAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggableAttribute/DebuggingModes"] = [],
        ["DtiRules.Language.Builtins.Operators"] = [AnyMember],
        ["DtiRules.Language.Builtins.ScalarFunctions"] = [AnyMember],
        ["DtiRules.Scoring.ScoringColumns"] = ["Input", "Points", "Output", "Cohort", "get_Total", "SourceField"],
        ["DtiRules.Language.Builtins.Column"] = ["get_Values", "get_Present"],
        ["DtiRules.Scoring.FormulaTarget"] = ["get_Eligible", "get_Values", "get_Present", "Fail"],
        ["DtiRules.Language.Builtins.ScoringFailure"] = [],
    };

    /// <summary>Throws when <paramref name="image"/> references anything outside the allowed set.</summary>
    /// <exception cref="InvalidOperationException">The image reaches beyond the built-ins, or is not a valid image.</exception>
    public static void Check(byte[] image)
    {
        try
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            Check(pe.GetMetadataReader());
        }
        catch (BadImageFormatException e)
        {
            throw new InvalidOperationException("The compiled image cannot be read: " + e.Message, e);
        }
    }

    private static void Check(MetadataReader metadata)
    {
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            Require(AllowedAssemblies.Contains(name), $"references the assembly '{name}'");
        }

        Require(metadata.GetTableRowCount(TableIndex.ModuleRef) == 0 && metadata.GetTableRowCount(TableIndex.ImplMap) == 0, "calls native code");
        Require(metadata.GetTableRowCount(TableIndex.MethodSpec) == 0, "instantiates generic methods");
        foreach (var handle in metadata.MethodDefinitions)
        {
            var attributes = metadata.GetMethodDefinition(handle).Attributes;
            Require((attributes & MethodAttributes.PinvokeImpl) == 0, "declares a platform call");
        }

        foreach (var handle in metadata.TypeReferences)
        {
            var name = TypeName(metadata, handle);
            Require(AllowedTypes.ContainsKey(name), $"names the type '{name}'");
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var name = metadata.GetString(member.Name);
            Require(member.Parent.Kind == HandleKind.TypeReference, $"uses '{name}' of a type it builds itself");
            var type = TypeName(metadata, (TypeReferenceHandle)member.Parent);
            Require(AllowedTypes[type] is var members && (members.Contains(AnyMember) || members.Contains(name)), $"uses '{type}.{name}'");
        }

        for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var reader = metadata.GetBlobReader(metadata.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).Signature);
            Require(IsColumnArray(metadata, ref reader), "builds a type other than an array of numbers or flags");
        }
    }

    /// <summary>True for a single-dimension array of decimals or booleans (the run's columns).</summary>
    private static bool IsColumnArray(MetadataReader metadata, ref BlobReader signature)
    {
        if (signature.ReadSignatureTypeCode() != SignatureTypeCode.SZArray)
        {
            return false;
        }

        var element = signature.ReadSignatureTypeCode();
        return element == SignatureTypeCode.Boolean
            || (element == SignatureTypeCode.TypeHandle && signature.ReadTypeHandle() is { Kind: HandleKind.TypeReference } type
                && TypeName(metadata, (TypeReferenceHandle)type) == "System.Decimal");
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "/" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static void Require(bool allowed, string what)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Generated code {what}; it may only call the built-ins.");
        }
    }
}
