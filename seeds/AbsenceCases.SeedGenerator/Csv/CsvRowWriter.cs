namespace AbsenceCases.SeedGenerator.Csv;

/// <summary>Writes semicolon-separated rows with invariant numbers, ISO dates and '\n' line endings.</summary>
internal sealed class CsvRowWriter(TextWriter writer)
{
    public const char Separator = ';';
    public const string DateFormat = "yyyy-MM-dd";

    private readonly char[] _buffer = new char[32];
    private bool _atRowStart = true;

    public CsvRowWriter Text(string? value)
    {
        StartField();
        writer.Write(value);
        return this;
    }

    public CsvRowWriter Boolean(bool value) => Text(value ? "true" : "false");

    /// <summary>An ISO date, or an empty field for null.</summary>
    public CsvRowWriter Date(DateOnly? value) => value is { } day ? Formatted(day, DateFormat) : Text(null);

    public CsvRowWriter Number<T>(T value)
        where T : ISpanFormattable => Formatted(value, null);

    public void EndRow()
    {
        writer.Write('\n');
        _atRowStart = true;
    }

    public void Header(IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            Text(column);
        }

        EndRow();
    }

    private CsvRowWriter Formatted<T>(T value, string? format)
        where T : ISpanFormattable
    {
        if (!value.TryFormat(_buffer, out var length, format, CultureInfo.InvariantCulture))
        {
            throw new FormatException($"'{value}' does not fit in a CSV field.");
        }

        StartField();
        writer.Write(_buffer, 0, length);
        return this;
    }

    private void StartField()
    {
        if (!_atRowStart)
        {
            writer.Write(Separator);
        }

        _atRowStart = false;
    }
}
