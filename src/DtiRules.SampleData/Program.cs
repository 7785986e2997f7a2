using DtiRules.Data.Files;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.SampleData;

/// <summary>
/// <c>dotnet run --project src/DtiRules.SampleData -- RULESET SEED OUT</c>: writes a synthetic,
/// seeded dataset with every input of RULESET for every unit of its kind.
/// <c>… -- scale RULESET UNITS FOLDER</c>: writes a synthetic list of UNITS units of the ruleset's kind
/// (<c>units-UNITS.csv</c>) and a dataset with every input for each (<c>data-UNITS.csv</c>), for scale tests.
/// <c>… -- ruleset NODES OUT</c>: writes a synthetic ruleset of about NODES nodes, for scale tests.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["scale", var rulesetPath, var countText, var folder] && int.TryParse(countText, out var count) && count > 0)
        {
            return Scale(rulesetPath, count, folder);
        }

        if (args is ["ruleset", var nodeText, var path] && int.TryParse(nodeText, out var nodes) && nodes > 0)
        {
            var written = new DiagnosticBag();
            if (AtomicFile.TryWriteText(path, writer => writer.Write(SyntheticRuleset.Text(nodes)), written))
            {
                return 0;
            }

            written.ToList().ForEach(d => Console.Error.WriteLine(d));
            return 3;
        }

        if (args.Length != 3 || !int.TryParse(args[1], out var seed))
        {
            Console.Error.WriteLine("usage: DtiRules.SampleData RULESET SEED OUT | DtiRules.SampleData scale RULESET UNITS FOLDER | DtiRules.SampleData ruleset NODES OUT");
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
        if (!AtomicFile.TryWriteText(args[2], writer => generator.Write(writer, args[0].Replace('\\', '/')), diagnostics))
        {
            diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d));
            return 3;
        }

        Console.Error.WriteLine($"Wrote {list.Units.Count} units × {compilation.Ruleset.Inputs.Count} inputs to {args[2]}");
        return 0;
    }

    private static int Scale(string rulesetPath, int count, string folder)
    {
        var compilation = RulesetCompilation.FromFile(rulesetPath);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(compilation.Diagnostics);
        var suffix = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var listPath = Path.Combine(folder, $"units-{suffix}.csv");
        var dataPath = Path.Combine(folder, $"data-{suffix}.csv");
        var kind = compilation.Ruleset.Header.UnitKind;
        var provinces = UnitList.Provinces34.Units.Select(u => u.Code).ToList();
        if (compilation.HasErrors
            || !AtomicFile.TryWriteText(listPath, writer => SyntheticUnitList.Write(writer, count, kind, provinces), diagnostics)
            || UnitListReader.Read(listPath, kind, diagnostics) is not { } list
            || !AtomicFile.TryWriteText(dataPath, writer => new SyntheticDataset(compilation.Ruleset, list, count).Write(writer, rulesetPath.Replace('\\', '/')), diagnostics))
        {
            diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d));
            return 1;
        }

        Console.Error.WriteLine($"Wrote {listPath} and {dataPath}: {count} units × {compilation.Ruleset.Inputs.Count} inputs");
        return 0;
    }
}
