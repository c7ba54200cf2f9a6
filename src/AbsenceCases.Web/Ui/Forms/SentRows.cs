using System.Globalization;
using System.Text.RegularExpressions;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>
/// The rows of a repeating part of a form that were sent: rows left empty (or, on the review, without a decision)
/// are not sent, so an error about the request's row n belongs to the form's row <c>Rows[n]</c>.
/// </summary>
public sealed partial class SentRows(IReadOnlyList<int> rows)
{
    public static SentRows None { get; } = new([]);

    /// <summary>The form's row numbers, in order, of the rows that are sent.</summary>
    public IReadOnlyList<int> Rows { get; } = rows;

    public static SentRows Where<T>(IReadOnlyList<T>? rows, Func<T, bool> sent) =>
        new(Enumerable.Range(0, rows?.Count ?? 0).Where(i => sent(rows![i])).ToList());

    /// <summary>The rows that were filled in: none left empty, nor missing from the post.</summary>
    public static SentRows NotBlank<T>(IReadOnlyList<T>? rows, Func<T, bool> isBlank)
        where T : class =>
        Where(rows, row => row is not null && !isBlank(row));

    /// <summary>The rows of the form with <paramref name="count"/> empty rows after them.</summary>
    public static List<T> WithBlanks<T>(IEnumerable<T>? rows, int count, Func<T> blank) =>
        (rows ?? []).Concat(Enumerable.Range(0, count).Select(_ => blank())).ToList();

    public IReadOnlyList<T> Pick<T>(IReadOnlyList<T> rows) => Rows.Select(i => rows[i]).ToList();

    /// <summary>"measures[1].followUpOn" of the request becomes "measures[3].followUpOn" of the form.</summary>
    public string Rewrite(string field, string requestName) =>
        Row().Match(field) is { Success: true } match && match.Groups[1].Value.Equals(requestName, StringComparison.OrdinalIgnoreCase)
            ? $"{requestName}[{FormRow(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))}]{match.Groups[3].Value}"
            : field;

    /// <summary>The form's row of the request's row n.</summary>
    public int FormRow(int sent) => sent < Rows.Count ? Rows[sent] : sent;

    [GeneratedRegex(@"^(\w+)\[(\d+)\](.*)$")]
    private static partial Regex Row();
}
