using System.Globalization;

namespace DtiRules.Data.Reading.Workbooks;

/// <summary>The uncompressed bytes one workbook may still be read for.</summary>
/// <param name="limit">The most bytes.</param>
internal sealed class ByteBudget(long limit)
{
    private long _spent;

    /// <summary>Counts <paramref name="bytes"/> more; throws <see cref="WorkbookTooLargeException"/> past the limit.</summary>
    public void Spend(long bytes)
    {
        _spent += bytes;
        if (_spent > limit)
        {
            throw new WorkbookTooLargeException(string.Create(CultureInfo.InvariantCulture, $"more than {limit / (1024 * 1024):N0} MB uncompressed"));
        }
    }
}
