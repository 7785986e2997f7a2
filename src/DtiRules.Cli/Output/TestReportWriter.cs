using System.Globalization;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Data.Testing;
using DtiRules.Language.Binding.Tests;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>The text report of <c>dti test</c>: failures with positions, expected and actual values, then the count.</summary>
internal static class TestReportWriter
{
    public static void Write(IReadOnlyList<(string Path, IReadOnlyList<TestOutcome> Outcomes)> runs, IReadOnlyList<Diagnostic> problems, TextWriter writer)
    {
        foreach (var problem in DiagnosticCap.Apply(problems))
        {
            writer.WriteLine(problem.ToString());
        }

        foreach (var (path, outcomes) in runs)
        {
            foreach (var outcome in outcomes)
            {
                writer.WriteLine($"{Texts.Output.Get(outcome.Passed ? nameof(OutputText.Pass) : nameof(OutputText.Fail))} {outcome.Test.Location}: {outcome.Test.Name}");
                foreach (var diagnostic in DiagnosticCap.Apply(outcome.Diagnostics))
                {
                    writer.WriteLine($"  {diagnostic}");
                }

                foreach (var failure in outcome.Expectations.Where(e => !e.Passed))
                {
                    writer.WriteLine($"  {failure.Expectation.Location}: {Describe(failure)}");
                }
            }
        }

        var passed = runs.Sum(r => r.Outcomes.Count(o => o.Passed));
        var failed = runs.Sum(r => r.Outcomes.Count(o => !o.Passed));
        writer.WriteLine(Texts.Output.Format(nameof(OutputText.TestCount), passed, failed));
    }

    /// <summary>E.g. <c>expected points(nt_01) of Hà Nội == 10 (within 0.01), got 8</c>.</summary>
    public static string Describe(ExpectationOutcome outcome)
    {
        var e = outcome.Expectation;
        var tolerance = e.Tolerance is { } t ? Texts.Output.Format(nameof(OutputText.Within), Number(t) + (e.IsRelative ? "%" : string.Empty)) : string.Empty;
        var actual = outcome.Actual is { } a ? Number(a) : Texts.Output.Get(nameof(OutputText.NoValue));
        return Texts.Output.Format(nameof(OutputText.Expected), e.Target, e.Unit, Number(e.Expected), tolerance, actual);
    }

    private static string Number(decimal value) => DisplayNumbers.Number(ResultNumbers.Normalize(Math.Round(value, 10, MidpointRounding.AwayFromZero)), "0.##########");
}
