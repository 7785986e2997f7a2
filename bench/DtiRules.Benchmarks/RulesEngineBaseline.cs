using System.Dynamic;
using System.Text.Json;
using DtiRules.Scoring;
using RulesEngine.Models;

namespace DtiRules.Benchmarks;

/// <summary>
/// The 2022 criteria as a Microsoft RulesEngine workflow: one rule per scored leaf whose output
/// expression (a lambda expression over the unit's inputs and the cohort's best values) gives its
/// points. Sums, pillars and ranks are done in C#, as an application using RulesEngine would.
/// </summary>
internal sealed class RulesEngineBaseline
{
    private const string WorkflowName = "dti2022";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Criteria _criteria;

    public RulesEngineBaseline()
    {
        _criteria = JsonSerializer.Deserialize<Criteria>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dti-2022.criteria.json")))!;
        var rules = _criteria.Leaves.Select(leaf => new Rule
        {
            RuleName = leaf.Name,
            Expression = "true",
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = leaf.Expression } },
            },
        }).ToList();
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = WorkflowName, Rules = rules }], new ReSettings { CustomTypes = [typeof(Math)] });
    }

    /// <summary>The index of every unit, unrounded, and its competition ranks.</summary>
    public (decimal[] Dti, int[] Ranks) Score(IReadOnlyDictionary<string, decimal[]> columns)
    {
        var units = columns.First().Value.Length;
        var cohort = new ExpandoObject();
        foreach (var name in _criteria.Cohorts)
        {
            ((IDictionary<string, object?>)cohort)["best_" + name] = columns[name].Max();
        }

        var dti = new decimal[units];
        for (var u = 0; u < units; u++)
        {
            var inputs = new ExpandoObject();
            var cells = (IDictionary<string, object?>)inputs;
            foreach (var (name, column) in columns)
            {
                cells[name] = column[u];
            }

            var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("i", inputs), new RuleParameter("c", cohort)).GetAwaiter().GetResult();
            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var result in results)
            {
                if (result.ActionResult?.Exception is { } failure)
                {
                    throw new InvalidOperationException($"Rule {result.Rule.RuleName} failed.", failure);
                }

                var leaf = _criteria.Leaves.First(l => l.Name == result.Rule.RuleName);
                points[leaf.Name] = Math.Clamp(Convert.ToDecimal(result.ActionResult!.Output, System.Globalization.CultureInfo.InvariantCulture), 0m, decimal.Parse(leaf.Max, System.Globalization.CultureInfo.InvariantCulture));
            }

            dti[u] = _criteria.Roots.Sum(r => Sum(r, points)) / 1000m;
        }

        return (dti, Baselines.CompetitionRanks(dti, 4));
    }

    private decimal Sum(string node, Dictionary<string, decimal> points) =>
        _criteria.Parents.TryGetValue(node, out var children) ? children.Sum(c => Sum(c, points)) : points[node];

    private sealed record Leaf(string Name, string Max, string Expression);

    private sealed record Criteria(List<Leaf> Leaves, List<string> Cohorts, Dictionary<string, List<string>> Parents, List<string> Roots);
}
