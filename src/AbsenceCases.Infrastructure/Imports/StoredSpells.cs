using System.Globalization;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Reads every stored spell compactly, in merge order, straight from the data reader.</summary>
internal static class StoredSpells
{
    public static async Task<List<StoredSpell>> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var spells = new List<StoredSpell>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id, EmployeeId, Type, FirstDay, LastDay, Percent FROM Spells";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                spells.Add(new StoredSpell(
                    reader.GetInt32(0),
                    reader.GetInt32(1),
                    AbsenceTypeCodes.Parse(reader.GetString(2)),
                    Day(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : Day(reader.GetString(4)),
                    reader.GetInt32(5)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        spells.Sort(SpellOrder.Compare);
        return spells;
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
