using System.Globalization;
using AbsenceCases.Application.Auditing;
using AbsenceCases.Application.Common.Time;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// The audit log as CSV, one row per audit row, times in Copenhagen. The case and employee columns are there only for
/// a caller who sees them (HR); a list's ids are separated by spaces.
/// </summary>
public static class AuditCsv
{
    public const string FileName = "revisionslog.csv";

    private static readonly string[] WhoWhenWhat =
        ["id", "at", "userId", "userName", "clientAddress", "action", "allowed", "targetUserId", "detail", "requestId"];

    private static readonly string[] Ids = ["caseId", "employeeId", "caseIds", "employeeIds"];

    public static async Task WriteAsync(AuditExport export, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', export.WithIds ? [.. WhoWhenWhat, .. Ids] : WhoWhenWhat));
        foreach (var row in export.Rows)
        {
            IEnumerable<string> fields =
            [
                row.Id.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTime(row.At, MunicipalClock.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                row.UserId, row.UserName, row.ClientAddress ?? string.Empty, row.Action, row.Allowed ? "true" : "false",
                row.TargetUserId ?? string.Empty, row.Detail ?? string.Empty, row.RequestId ?? string.Empty,
            ];
            if (export.WithIds)
            {
                fields = fields.Concat(
                [
                    row.CaseId?.ToString() ?? string.Empty,
                    row.EmployeeId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    string.Join(' ', row.CaseIds ?? []),
                    string.Join(' ', (row.EmployeeIds ?? []).Select(id => id.ToString(CultureInfo.InvariantCulture))),
                ]);
            }

            await writer.WriteLineAsync(string.Join(';', fields.Select(CsvText.Field)).AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
