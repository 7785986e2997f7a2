using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Analysis.Attribution;

/// <summary>A node whose points a what-if changed.</summary>
/// <param name="Node">The node.</param>
/// <param name="ValueBefore">Its published 0–1 value before.</param>
/// <param name="ValueAfter">Its value after.</param>
/// <param name="PointsBefore">Its points before.</param>
/// <param name="PointsAfter">Its points after.</param>
public sealed record WhatIfNode(NodeSymbol Node, decimal? ValueBefore, decimal? ValueAfter, decimal? PointsBefore, decimal? PointsAfter);
