using System.Xml.Linq;
using DtiRules.Data.Testing;

namespace DtiRules.Cli.Output;

/// <summary>Writes <c>dti test</c> results as JUnit XML: a suite per ruleset file, a case per test block.</summary>
internal static class JUnitWriter
{
    public static void Write(IReadOnlyList<(string Path, IReadOnlyList<TestOutcome> Outcomes)> runs, TextWriter writer)
    {
        var suites = new XElement("testsuites",
            new XAttribute("tests", runs.Sum(r => r.Outcomes.Count)),
            new XAttribute("failures", runs.Sum(r => r.Outcomes.Count(o => !o.Passed))),
            runs.Select(run => new XElement("testsuite",
                new XAttribute("name", run.Path),
                new XAttribute("tests", run.Outcomes.Count),
                new XAttribute("failures", run.Outcomes.Count(o => !o.Passed)),
                run.Outcomes.Select(outcome => Case(run.Path, outcome)))));
        writer.Write(new XDocument(new XDeclaration("1.0", "utf-8", null), suites).ToString());
        writer.Write('\n');
    }

    private static XElement Case(string path, TestOutcome outcome)
    {
        var element = new XElement("testcase", new XAttribute("classname", path), new XAttribute("name", outcome.Test.Name));
        if (!outcome.Passed)
        {
            var lines = outcome.Diagnostics.Select(d => d.ToString())
                .Concat(outcome.Expectations.Where(e => !e.Passed).Select(e => $"{e.Expectation.Location}: {TestReportWriter.Describe(e)}"))
                .ToList();
            element.Add(new XElement("failure", new XAttribute("message", lines.FirstOrDefault() ?? "failed"), string.Join("\n", lines)));
        }

        return element;
    }
}
