using System.Text;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Streams the rows of a semicolon-separated UTF-8 file (a BOM is accepted; fields may be quoted with "")
/// after checking its header against the expected columns, which may be followed by optional ones. Lines are read one at a time, never the whole file,
/// into one <see cref="CsvRow"/> that moves on from line to line.
/// </summary>
internal sealed class CsvSource(
    Stream stream, IReadOnlyList<string> expectedColumns, ImportErrors errors, IReadOnlyList<string>? optionalColumns = null)
{
    private readonly IReadOnlyList<string> _allowedColumns = [.. expectedColumns, .. optionalColumns ?? []];

    public async IAsyncEnumerable<CsvRow> RowsAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 15, leaveOpen: true);
        var lines = new CsvLines(reader);
        var lineNumber = 0;
        Dictionary<string, int>? columns = null;
        CsvRow? row = null;
        var fields = new List<string>(expectedColumns.Count);
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            var startLine = ++lineNumber;
            fields.Clear();
            while (!CsvLine.TrySplit(line, fields))
            {
                var next = await lines.ReadLineAsync(cancellationToken);
                if (next is null)
                {
                    errors.Add(startLine, string.Empty, ImportCodes.QuoteNotClosed);
                    yield break;
                }

                lineNumber++;
                line += "\n" + next;
                fields.Clear();
            }

            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            if (columns is null)
            {
                columns = ReadHeader(fields, startLine);
                if (columns is null)
                {
                    yield break;
                }

                row = new CsvRow(fields, columns, errors);
                continue;
            }

            if (fields.Count != columns.Count)
            {
                errors.Add(startLine, string.Empty, ImportCodes.FieldCount, ("expected", columns.Count), ("found", fields.Count));
                continue;
            }

            yield return row!.At(startLine);
        }

        if (columns is null)
        {
            errors.Add(1, string.Empty, ImportCodes.EmptyFile, ("header", string.Join(';', expectedColumns)));
        }
    }

    private Dictionary<string, int>? ReadHeader(List<string> header, int line)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = expectedColumns.Except(names).ToList();
        var unknown = names.Except(_allowedColumns).ToList();
        if (missing.Count == 0 && unknown.Count == 0 && names.Count == names.Distinct().Count())
        {
            return names.ToDictionary(c => c, names.IndexOf);
        }

        foreach (var column in missing)
        {
            errors.Add(line, column, ImportCodes.MissingColumn);
        }

        foreach (var column in unknown)
        {
            errors.Add(line, column, ImportCodes.UnknownColumn, ("header", string.Join(';', _allowedColumns)));
        }

        if (missing.Count == 0 && unknown.Count == 0)
        {
            errors.Add(line, string.Empty, ImportCodes.ColumnTwice);
        }

        return null;
    }
}
