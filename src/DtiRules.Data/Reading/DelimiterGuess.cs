namespace DtiRules.Data.Reading;

/// <summary>
/// Which character separates the fields of a CSV file that does not say: the one that splits most
/// of its first records into the same number of fields. A title row above the header (often
/// <c>BẢNG ĐIỂM, NĂM 2025;;;</c> in a file Excel saved with semicolons) or a comma inside a cell's
/// text does not decide it; quoted text, line breaks in it included, is skipped.
/// </summary>
internal static class DelimiterGuess
{
    /// <summary>The candidates, in the order a tie is settled: a comma is the likeliest to occur in text.</summary>
    private static readonly char[] Candidates = [';', '\t', ','];

    /// <summary>The share of the records that must hold the delimiter the same number of times.</summary>
    private const decimal Agreement = 0.8m;

    /// <summary>How many records of the file are looked at.</summary>
    public const int SampleRecords = 50;

    /// <summary>
    /// The delimiter of the records that start at the header line, read from <paramref name="lines"/>
    /// (the whole rest of the file when <paramref name="whole"/>, else its last line may be cut short
    /// and is left out). Among several that qualify, the one more records agree on wins, then
    /// <paramref name="preferred"/> (the one the header alone suggests); null when none qualifies.
    /// </summary>
    public static char? Of(IReadOnlyList<string> lines, bool whole, char? preferred)
    {
        var counts = Counts(lines, whole);
        if (counts.Count == 0)
        {
            return null;
        }

        return Candidates
            .Select((candidate, c) => (Candidate: candidate, Agreeing: Agreeing(counts.Select(r => r[c]))))
            .Where(q => q.Agreeing >= Agreement * counts.Count)
            .OrderByDescending(q => q.Agreeing)
            .ThenByDescending(q => q.Candidate == preferred)
            .Select(q => (char?)q.Candidate)
            .FirstOrDefault();
    }

    /// <summary>How many records hold the character the same number of times, at least once: the most that agree.</summary>
    private static int Agreeing(IEnumerable<int> perRecord) =>
        perRecord.Where(n => n > 0).GroupBy(n => n).Select(g => g.Count()).DefaultIfEmpty(0).Max();

    /// <summary>Per complete record, how often each candidate occurs outside quotes.</summary>
    private static List<int[]> Counts(IReadOnlyList<string> lines, bool whole)
    {
        var records = new List<int[]>();
        var current = new int[Candidates.Length];
        var quoted = false;
        var empty = true;
        for (var l = 0; l < lines.Count; l++)
        {
            foreach (var character in lines[l])
            {
                empty = false;
                if (character == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && Array.IndexOf(Candidates, character) is var c and >= 0)
                {
                    current[c]++;
                }
            }

            // A line that ends inside quotes continues the record; the last line may be cut short.
            if (quoted || (l == lines.Count - 1 && !whole))
            {
                continue;
            }

            if (!empty)
            {
                records.Add(current);
            }

            current = new int[Candidates.Length];
            empty = true;
        }

        return records;
    }
}
