using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Orders nodes and outputs so each comes after everything it reads (children it sums, nodes
    /// and outputs its formula names, cohort arguments included), and reports circular dependencies.
    /// </summary>
    private List<EvaluationStep> OrderEvaluation()
    {
        var steps = _nodes.Select(n => new EvaluationStep(n, null)).Concat(_outputs.Select(o => new EvaluationStep(null, o))).ToList();
        var byItem = new Dictionary<ISymbol, EvaluationStep>();
        foreach (var step in steps)
        {
            byItem[(ISymbol?)step.Node ?? step.Output!] = step;
        }

        var dependencies = steps.ToDictionary(s => s, s => Dependencies(s).Select(d => byItem[d]).Distinct().ToList());
        var order = new List<EvaluationStep>(steps.Count);
        var state = new Dictionary<EvaluationStep, VisitState>();
        foreach (var start in steps)
        {
            Visit(start, dependencies, state, order);
        }

        return order;
    }

    private enum VisitState
    {
        InProgress,
        Done,
    }

    /// <summary>Depth-first post-order with an explicit stack, so deep trees cannot overflow.</summary>
    private void Visit(EvaluationStep start, Dictionary<EvaluationStep, List<EvaluationStep>> dependencies, Dictionary<EvaluationStep, VisitState> state, List<EvaluationStep> order)
    {
        if (state.ContainsKey(start))
        {
            return;
        }

        var stack = new Stack<(EvaluationStep Step, int Next)>();
        stack.Push((start, 0));
        state[start] = VisitState.InProgress;
        while (stack.Count > 0)
        {
            var (step, next) = stack.Pop();
            var deps = dependencies[step];
            if (next < deps.Count)
            {
                stack.Push((step, next + 1));
                var dep = deps[next];
                if (!state.TryGetValue(dep, out var depState))
                {
                    state[dep] = VisitState.InProgress;
                    stack.Push((dep, 0));
                }
                else if (depState == VisitState.InProgress)
                {
                    ReportCycle(stack.Select(s => s.Step).Reverse().ToList(), dep);
                }

                continue;
            }

            state[step] = VisitState.Done;
            order.Add(step);
        }
    }

    private readonly HashSet<string> _reportedCycles = new(StringComparer.Ordinal);

    private void ReportCycle(List<EvaluationStep> path, EvaluationStep repeated)
    {
        var start = path.FindIndex(s => ReferenceEquals(s, repeated));
        var circle = path.Skip(start).Select(s => s.Name).Append(repeated.Name).ToList();
        var key = string.Join(",", circle.Skip(1).Order(StringComparer.Ordinal));
        if (!_reportedCycles.Add(key))
        {
            return;
        }

        var location = repeated.Node?.Location ?? repeated.Output!.Location;
        _diagnostics.Report(DiagnosticDescriptors.Cycle, location, string.Join(" → ", circle));
    }

    private IEnumerable<ISymbol> Dependencies(EvaluationStep step)
    {
        var formula = step.Node is { } node ? node.Formula : step.Output!.Formula;
        if (step.Node is { Formula: null } summed)
        {
            foreach (var child in summed.Children)
            {
                yield return child;
            }
        }

        if (formula is null)
        {
            yield break;
        }

        foreach (var reference in References(formula))
        {
            yield return reference;
        }
    }

    private IEnumerable<ISymbol> References(BoundExpression expression)
    {
        foreach (var part in BoundTreeChildren.DescendantsAndSelf(expression))
        {
            switch (part)
            {
                case BoundNodeReference n:
                    yield return n.Node;
                    break;
                case BoundOutputReference o:
                    yield return o.Output;
                    break;
                case BoundTotal:
                    foreach (var root in _nodes.Where(n => n.Parent is null))
                    {
                        yield return root;
                    }

                    break;
            }
        }
    }
}
