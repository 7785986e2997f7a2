namespace DtiRules.Language.Text;

/// <summary>Paths shown as the user wrote them, without the steps that go nowhere.</summary>
public static class RelativePath
{
    /// <summary>
    /// <paramref name="path"/> with its <c>.</c> steps dropped and each <c>folder/..</c> pair taken,
    /// without asking the file system: a relative path stays relative (leading <c>..</c> kept), so
    /// <c>rulesets/2025/../../lists/x.csv</c> is <c>lists/x.csv</c> and <c>./x.csv</c> is <c>x.csv</c>.
    /// </summary>
    public static string Normalise(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var steps = new List<string>();
        foreach (var step in path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (step == ".")
            {
                continue;
            }

            if (step == ".." && steps.Count > 0 && steps[^1] != "..")
            {
                steps.RemoveAt(steps.Count - 1);
                continue;
            }

            steps.Add(step);
        }

        return steps.Count == 0 ? "." : string.Join(Path.DirectorySeparatorChar, steps);
    }
}
