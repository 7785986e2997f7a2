using DtiRules.Analysis.Diff;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.Tests.Editions;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Language;

namespace DtiRules.Tests.Diff;

public sealed class MethodologyComparerTests
{
    /// <summary>Two main indices with two and one components, an output and the index: the edition every test changes.</summary>
    private const string Base = MiniRuleset.Header + """

        input x: percent "X"
        input y: percent "Y"
        node alpha "Alpha" max 60 {
          group foundation
          documented "alpha"
          node a1 "A một" max 40 {
            assumed "r1"
            score = x / 100 * 40
          }
          node a2 "A hai" max 20 {
            assumed "r2"
            score = y / 100 * 20
          }
        }
        node beta "Beta" max 40 {
          group activity
          documented "beta"
          node b1 "B một" max 40 {
            assumed "r3"
            score = min(x, y) / 100 * 40
          }
        }
        output half "Nửa" {
          documented "h"
          value = alpha / 60
        }

        """ + MiniRuleset.Index;

    private static string Edit(string text, params (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            Assert.Contains(find, text, StringComparison.Ordinal);
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        return text;
    }

    private static MethodologyDiff Diff(string to) => MethodologyComparer.Compare(Compile.Clean(Base), Compile.Clean(to));

    private static MethodologyChange Single(MethodologyDiff diff, ChangeKind kind) =>
        Assert.Single(diff.Changes, c => c.Kind == kind);

    private static void AssertChange(MethodologyChange change, string id, string path, string old, string @new)
    {
        Assert.Equal(id, change.Id);
        Assert.Equal(path, change.Path);
        Assert.Equal(old, change.OldValue);
        Assert.Equal(@new, change.NewValue);
    }

    [Fact]
    public void Identical_rulesets_have_no_changes()
    {
        Assert.Empty(Diff(Base).Changes);
    }

    [Fact]
    public void Layout_comments_and_number_spelling_do_not_change_a_formula()
    {
        var diff = Diff(Edit(Base, ("score = x / 100 * 40", "score = x/100.0 // ratio\n      * 40")));
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void An_added_node_is_reported_with_its_points()
    {
        var diff = Diff(Edit(
            Base,
            ("node a2 \"A hai\" max 20", "node a2 \"A hai\" max 10"),
            ("score = y / 100 * 20\n  }", "score = y / 100 * 10\n  }\n  node a3 \"A ba\" max 10 {\n    assumed \"r4\"\n    score = x / 100 * 10\n  }")));
        AssertChange(Single(diff, ChangeKind.NodeAdded), "a3", "alpha/a3", string.Empty, "10");
        AssertChange(Single(diff, ChangeKind.MaxPointsChanged), "a2", "alpha/a2", "20", "10");
        Assert.DoesNotContain(diff.Changes, c => c.Kind == ChangeKind.MainIndexPointsChanged);
    }

    [Fact]
    public void A_removed_node_is_reported_with_the_points_it_had()
    {
        var diff = Diff(Edit(
            Base,
            ("node a1 \"A một\" max 40", "node a1 \"A một\" max 60"),
            ("score = x / 100 * 40", "score = x / 100 * 60"),
            ("  node a2 \"A hai\" max 20 {\n    assumed \"r2\"\n    score = y / 100 * 20\n  }\n", string.Empty)));
        AssertChange(Single(diff, ChangeKind.NodeRemoved), "a2", "alpha/a2", "20", string.Empty);
    }

    [Fact]
    public void A_node_moved_to_another_main_index_takes_its_points_along()
    {
        var a2 = "  node a2 \"A hai\" max 20 {\n    assumed \"r2\"\n    score = y / 100 * 20\n  }\n";
        var diff = Diff(Edit(
            Base,
            (a2, string.Empty),
            ("node alpha \"Alpha\" max 60", "node alpha \"Alpha\" max 40"),
            ("value = alpha / 60", "value = alpha / 40"),
            ("node beta \"Beta\" max 40 {", "node beta \"Beta\" max 60 {\n" + a2)));
        AssertChange(Single(diff, ChangeKind.NodeMoved), "a2", "beta/a2", "alpha", "beta");
        var mainIndices = diff.Changes.Where(c => c.Kind == ChangeKind.MainIndexPointsChanged).ToList();
        Assert.Equal(2, mainIndices.Count);
        AssertChange(mainIndices[0], "alpha", "alpha", "60", "40");
        Assert.Contains("-20 moved out to beta 'Beta' (a2)", mainIndices[0].Description, StringComparison.Ordinal);
        AssertChange(mainIndices[1], "beta", "beta", "40", "60");
        Assert.Contains("+20 moved in from alpha 'Alpha' (a2)", mainIndices[1].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("changed max points", mainIndices[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_main_index_built_from_a_moved_node_says_where_its_points_came_from()
    {
        var a2 = "  node a2 \"A hai\" max 20 {\n    assumed \"r2\"\n    score = y / 100 * 20\n  }\n";
        var diff = Diff(Edit(
            Base,
            (a2, string.Empty),
            ("node alpha \"Alpha\" max 60", "node alpha \"Alpha\" max 40"),
            ("value = alpha / 60", "value = alpha / 40"),
            ("node beta \"Beta\"", "node gamma \"Gamma\" max 20 {\n  documented \"gamma\"\n" + a2 + "}\nnode beta \"Beta\"")));
        var gamma = Assert.Single(diff.Changes, c => c.Kind == ChangeKind.MainIndexPointsChanged && c.Id == "gamma");
        AssertChange(gamma, "gamma", "gamma", string.Empty, "20");
        Assert.Equal("Main index gamma 'Gamma' is new and has 20 points: +20 moved in from alpha 'Alpha' (a2)", gamma.Description);
        AssertChange(Single(diff, ChangeKind.NodeMoved), "a2", "gamma/a2", "alpha", "gamma");
    }

    [Fact]
    public void A_renamed_node_is_paired_through_the_aliases_and_references_to_it_do_not_count_as_changes()
    {
        var diff = MethodologyComparer.Compare(Compile.Clean(Base), RenamedAlpha());
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.NodeRenamed, change.Kind);
        AssertChange(change, "alpha_moi", "alpha_moi", "alpha", "alpha_moi");
    }

    [Fact]
    public void A_child_of_a_renamed_node_is_not_moved()
    {
        var diff = MethodologyComparer.Compare(Compile.Clean(Base), RenamedAlpha());
        Assert.DoesNotContain(diff.Changes, c => c.Kind is ChangeKind.NodeMoved or ChangeKind.NodeAdded or ChangeKind.NodeRemoved);
    }

    [Fact]
    public void Re_weighting_is_reported_with_old_and_new_max_points_in_a_sentence()
    {
        var diff = Diff(Edit(
            Base,
            ("node a1 \"A một\" max 40", "node a1 \"A một\" max 30"),
            ("score = x / 100 * 40", "score = x / 100 * 30"),
            ("node a2 \"A hai\" max 20", "node a2 \"A hai\" max 30"),
            ("score = y / 100 * 20", "score = y / 100 * 30")));
        var changes = diff.Changes.Where(c => c.Kind == ChangeKind.MaxPointsChanged).ToList();
        Assert.Equal(2, changes.Count);
        AssertChange(changes[0], "a1", "alpha/a1", "40", "30");
        Assert.Equal("Max points of a1 'A một' changed from 40 to 30 (Alpha)", changes[0].Description);
        AssertChange(changes[1], "a2", "alpha/a2", "20", "30");
    }

    [Fact]
    public void A_changed_formula_is_reported_as_written()
    {
        var diff = Diff(Edit(Base, ("score = x / 100 * 40", "score = x * 40 / 100")));
        AssertChange(Single(diff, ChangeKind.FormulaChanged), "a1", "alpha/a1", "x / 100 * 40", "x * 40 / 100");
    }

    [Fact]
    public void A_formula_replacing_the_sum_of_children_is_a_formula_change()
    {
        var diff = Diff(Edit(Base, ("documented \"alpha\"", "documented \"alpha\"\n  score = min(a1 + a2, 50)")));
        AssertChange(Single(diff, ChangeKind.FormulaChanged), "alpha", "alpha", "sum of children", "min(a1 + a2, 50)");
    }

    [Fact]
    public void A_changed_label_is_reported()
    {
        var diff = Diff(Edit(Base, ("node b1 \"B một\"", "node b1 \"B mới\"")));
        AssertChange(Single(diff, ChangeKind.LabelChanged), "b1", "beta/b1", "B một", "B mới");
    }

    [Fact]
    public void Provenance_changes_from_assumed_to_documented_and_in_its_reason()
    {
        var diff = Diff(Edit(Base, ("assumed \"r1\"", "documented \"r1\""), ("assumed \"r2\"", "assumed \"r2, theo báo cáo\"")));
        var changes = diff.Changes.Where(c => c.Kind == ChangeKind.ProvenanceChanged).ToList();
        Assert.Equal(2, changes.Count);
        AssertChange(changes[0], "a1", "alpha/a1", "assumed \"r1\"", "documented \"r1\"");
        AssertChange(changes[1], "a2", "alpha/a2", "assumed \"r2\"", "assumed \"r2, theo báo cáo\"");
    }

    [Fact]
    public void A_missing_data_policy_is_reported_where_it_is_written_not_on_the_nodes_that_inherit_it()
    {
        var diff = Diff(Edit(Base, ("documented \"alpha\"", "documented \"alpha\"\n  missing mean")));
        AssertChange(Single(diff, ChangeKind.MissingPolicyChanged), "alpha", "alpha", "zero", "mean");
    }

    [Fact]
    public void A_changed_group_is_reported()
    {
        var diff = Diff(Edit(Base, ("group activity", "group foundation")));
        AssertChange(Single(diff, ChangeKind.GroupChanged), "beta", "beta", "activity", "foundation");
    }

    [Fact]
    public void Outputs_added_removed_and_with_changed_formulas_are_reported()
    {
        var changed = Diff(Edit(Base, ("value = alpha / 60", "value = (alpha + beta) / 100")));
        AssertChange(Single(changed, ChangeKind.OutputFormulaChanged), "half", "half", "alpha / 60", "(alpha + beta) / 100");

        var renamed = Diff(Edit(Base, ("output half \"Nửa\"", "output nua \"Nửa\"")));
        AssertChange(Single(renamed, ChangeKind.OutputAdded), "nua", "nua", string.Empty, "alpha / 60");
        AssertChange(Single(renamed, ChangeKind.OutputRemoved), "half", "half", "alpha / 60", string.Empty);
    }

    [Fact]
    public void Inputs_added_and_removed_are_reported_with_their_types()
    {
        var diff = Diff(Edit(
            Base,
            ("input y: percent \"Y\"", "input z: yesno \"Z\""),
            ("score = y / 100 * 20", "score = if z then 20 else 0"),
            ("min(x, y)", "x")));
        AssertChange(Single(diff, ChangeKind.InputAdded), "z", "z", string.Empty, "yes/no");
        AssertChange(Single(diff, ChangeKind.InputRemoved), "y", "y", "percent", string.Empty);
    }

    [Fact]
    public void Header_changes_name_the_property()
    {
        var diff = Diff(Edit(Base, ("basis \"test\"", "basis \"405/QĐ-BKHCN\""), ("round 4", "round 3"), ("missing zero", "missing error")));
        var changes = diff.Changes.Where(c => c.Kind == ChangeKind.HeaderChanged).ToList();
        Assert.Equal(["basis", "round", "missing"], changes.Select(c => c.Id));
        Assert.Equal(["test", "4", "zero"], changes.Select(c => c.OldValue));
        Assert.Equal(["405/QĐ-BKHCN", "3", "error"], changes.Select(c => c.NewValue));
    }

    [Fact]
    public void Changes_follow_the_new_tree_then_removed_nodes_in_the_old_tree()
    {
        var diff = Diff(Edit(
            Base,
            ("node a1 \"A một\" max 40", "node a1 \"A một\" max 60"),
            ("score = x / 100 * 40", "score = x / 100 * 60"),
            ("  node a2 \"A hai\" max 20 {\n    assumed \"r2\"\n    score = y / 100 * 20\n  }\n", string.Empty),
            ("node b1 \"B một\" max 40 {\n    assumed \"r3\"", "node b0 \"B không\" max 40 {\n    assumed \"r3\"")));
        Assert.Equal(
            [(ChangeKind.MaxPointsChanged, "a1"), (ChangeKind.NodeAdded, "b0"), (ChangeKind.NodeRemoved, "a2"), (ChangeKind.NodeRemoved, "b1")],
            diff.Changes.Where(c => c.Kind != ChangeKind.FormulaChanged).Select(c => (c.Kind, c.Id)));
    }

    [Fact]
    public void Every_change_kind_has_a_kebab_case_name()
    {
        var change = new MethodologyChange(ChangeKind.MainIndexPointsChanged, "a", "a", "1", "2", DtiRules.Analysis.Wording.Phrase.Verbatim("d"));
        Assert.Equal("main-index-points-changed", change.KindName);
    }

    /// <summary>The base edition extended by one that renames alpha; references to alpha follow the alias.</summary>
    private static BoundRuleset RenamedAlpha()
    {
        const string Renaming = "ruleset mini edition 2023 extends mini 2022 { title \"Bộ chỉ số thử 2023\" }\nrename node alpha to alpha_moi\n";
        var compilation = RulesetCompilation.Create(SourceText.From(Renaming, "2023.dti"), new InMemoryLocator(("2022.dti", Base)));
        Assert.Empty(compilation.Diagnostics);
        return compilation.Ruleset;
    }
}
