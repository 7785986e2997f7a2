using System.Text;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.SampleData;

/// <summary>
/// <c>dotnet run --project src/DtiRules.SampleData -- RULESET SEED OUT</c>: writes a synthetic,
/// seeded dataset with every input of RULESET for every unit of its kind.
/// <c>… -- ruleset NODES OUT</c>: writes a synthetic ruleset of about NODES nodes, for scale tests.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["ruleset", var count, var path] && int.TryParse(count, out var nodes) && nodes > 0)
        {
            File.WriteAllText(path, SyntheticRuleset.Text(nodes), new UTF8Encoding(false));
            return 0;
        }

        if (args.Length != 3 || !int.TryParse(args[1], out var seed))
        {
            Console.Error.WriteLine("usage: DtiRules.SampleData RULESET SEED OUT | DtiRules.SampleData ruleset NODES OUT");
            return 2;
        }

        var compilation = RulesetCompilation.FromFile(args[0]);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(compilation.Diagnostics);
        if (compilation.HasErrors || new UnitListLoader(null).For(compilation.Ruleset.Header, diagnostics) is not { IsOpen: false } list)
        {
            diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d));
            return 1;
        }

        var generator = new SyntheticDataset(compilation.Ruleset, list, seed);
        using var writer = new StreamWriter(args[2], append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        generator.Write(writer, args[0].Replace('\\', '/'));
        Console.Error.WriteLine($"Wrote {list.Units.Count} units × {compilation.Ruleset.Inputs.Count} inputs to {args[2]}");
        return 0;
    }
}
