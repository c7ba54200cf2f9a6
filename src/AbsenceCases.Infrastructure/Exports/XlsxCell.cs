namespace AbsenceCases.Infrastructure.Exports;

/// <summary>A cell of an exported sheet: a text, a number, or empty where a figure is missing or hidden.</summary>
public readonly record struct XlsxCell(string? Text, double? Number)
{
    public static XlsxCell Of(string text) => new(text, null);

    public static XlsxCell Of(double? number) => new(null, number);

    public static XlsxCell Of(decimal? number) => new(null, (double?)number);
}
