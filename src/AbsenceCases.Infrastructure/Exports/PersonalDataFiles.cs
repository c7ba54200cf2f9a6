using System.IO.Compression;
using System.Text.Json;
using AbsenceCases.Application.SelfService;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// "Hent mine data" as files: one JSON document with every table's rows as objects, or a zip archive with one CSV
/// file per table in the format of the other exports.
/// </summary>
public static class PersonalDataFiles
{
    public const string JsonFileName = "mine-data.json";

    public const string ArchiveFileName = "mine-data.zip";

    public static async Task WriteJsonAsync(PersonalData data, Stream stream, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("exportedAt", data.ExportedAt);
        json.WriteStartObject("tables");
        foreach (var table in data.Tables)
        {
            json.WriteStartArray(table.Name);
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WriteString(table.Columns[i], row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>The archive is built in memory (one person's data is small): the zip writer's last bytes are written synchronously.</summary>
    public static async Task WriteArchiveAsync(PersonalData data, Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteEntriesAsync(data, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);
    }

    private static async Task WriteEntriesAsync(PersonalData data, Stream stream, CancellationToken cancellationToken)
    {
        await using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var table in data.Tables)
        {
            var entry = archive.CreateEntry($"{table.Name}.csv", CompressionLevel.Optimal);
            await using var writer = new StreamWriter(await entry.OpenAsync(cancellationToken), CsvText.Utf8WithBom) { NewLine = "\r\n" };
            await writer.WriteLineAsync(string.Join(';', table.Columns.Select(CsvText.Field)));
            foreach (var row in table.Rows)
            {
                await writer.WriteLineAsync(string.Join(';', row.Select(value => CsvText.Field(value ?? string.Empty))).AsMemory(), cancellationToken);
            }
        }
    }
}
