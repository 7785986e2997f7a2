namespace DtiRules.Cli.Commands;

/// <summary>What <c>dti report</c> is asked to put in one report.</summary>
/// <param name="RulesetPath">The ruleset the ranking is scored with.</param>
/// <param name="DataPath">The data file.</param>
/// <param name="Units">The unit list (<c>--units</c>), or null for the ruleset's own.</param>
/// <param name="Series">Other editions to rescore the data with (<c>--rulesets</c>), in order.</param>
/// <param name="UnitName">The unit whose change between editions is drawn as a waterfall (<c>--unit</c>), or null.</param>
/// <param name="Rounds">Null for ordinary data; empty for a criteria sheet's default rounds; else the two rounds, <c>A,B</c>.</param>
/// <param name="Samples">The sensitivity samples (<c>--sensitivity</c>), or null for no sensitivity section.</param>
internal sealed record ReportRequest(
    string RulesetPath, string DataPath, string? Units, string[] Series, string? UnitName, string? Rounds, int? Samples);
