namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// The rows of a repeating part of a form that were sent, as the form's row numbers in the request's order: rows left
/// empty (or, on the review, without a decision) are not sent, so the request's <c>measures[n]</c> is the form's
/// <c>measures[Rows[n]]</c>.
/// </summary>
/// <param name="field">The name of the list in the request, as the API names it ("measures").</param>
public sealed class SentRows(string field, IReadOnlyList<int> rows)
{
    public static SentRows None { get; } = new(string.Empty, []);

    /// <summary>The form's row numbers, in order, of the rows that are sent.</summary>
    public IReadOnlyList<int> Rows { get; } = rows;

    public static SentRows Where<T>(string field, IReadOnlyList<T>? rows, Func<T, bool> sent) =>
        new(field, Enumerable.Range(0, rows?.Count ?? 0).Where(i => sent(rows![i])).ToList());

    /// <summary>The rows that were filled in: none left empty, nor missing from the post.</summary>
    public static SentRows NotBlank<T>(string field, IReadOnlyList<T>? rows, Func<T, bool> isBlank)
        where T : class =>
        Where(field, rows, row => row is not null && !isBlank(row));

    /// <summary>The rows of the form with <paramref name="count"/> empty rows after them.</summary>
    public static List<T> WithBlanks<T>(IEnumerable<T>? rows, int count, Func<T> blank) =>
        (rows ?? []).Concat(Enumerable.Range(0, count).Select(_ => blank())).ToList();

    public IReadOnlyList<T> Pick<T>(IReadOnlyList<T> rows) => Rows.Select(i => rows[i]).ToList();

    /// <summary>The form's row of a path of the request, if the path is in a sent row ("measures[1].followUpOn": the second row sent).</summary>
    public int? RowOf(string path) => SentOf(path) is { } sent ? Rows[sent] : null;

    /// <summary>"measures[1].followUpOn" of the request is "measures[3].followUpOn" of the form; a path outside the rows is the same on both.</summary>
    public string FormPath(string path) =>
        SentOf(path) is { } sent ? $"{field}[{Rows[sent]}]{path[RequestRow(sent).Length..]}" : path;

    private int? SentOf(string path)
    {
        for (var sent = 0; sent < Rows.Count; sent++)
        {
            var row = RequestRow(sent);
            if (path.StartsWith(row, StringComparison.Ordinal) && (path.Length == row.Length || path[row.Length] == '.'))
            {
                return sent;
            }
        }

        return null;
    }

    private string RequestRow(int sent) => $"{field}[{sent}]";
}
