using DtiRules.Analysis.Diff;

namespace DtiRules.Data.Reports.Html;

/// <summary>The methodology change between two consecutive editions of the report and what it does to the units.</summary>
/// <param name="FromLabel">The earlier edition's label.</param>
/// <param name="ToLabel">The later edition's label.</param>
/// <param name="Diff">The changes.</param>
/// <param name="Effect">The same data scored under both.</param>
/// <param name="Waterfall">One unit's value through each change the later edition writes, when asked for and the later edition extends the earlier; else null.</param>
public sealed record ReportDiff(string FromLabel, string ToLabel, MethodologyDiff Diff, MethodologyEffect Effect, ReportWaterfall? Waterfall = null);
