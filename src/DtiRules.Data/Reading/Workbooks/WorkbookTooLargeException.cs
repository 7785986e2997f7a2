namespace DtiRules.Data.Reading.Workbooks;

/// <summary>Stops reading a workbook past its <see cref="WorkbookLimits"/>; the reader turns it into a diagnostic.</summary>
/// <param name="what">What went past the limit, in words.</param>
internal sealed class WorkbookTooLargeException(string what) : Exception(what);
