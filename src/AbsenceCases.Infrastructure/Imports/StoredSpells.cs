using AbsenceCases.Application.Imports.Absences;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Reads every stored spell compactly, in merge order, straight from the data reader, dates and types as numbers.</summary>
internal static class StoredSpells
{
    public static async Task<List<StoredSpell>> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var dialect = SqlDialect.Of(db.Database);
            await using var command = SqlBatch.Command(db);
            command.CommandText = "SELECT COUNT(*) FROM \"Spells\"";
            var spells = new List<StoredSpell>(Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken)));
            command.CommandText =
                $"""SELECT "Id", "EmployeeId", {SqlDialect.AbsenceTypeNumber}, {dialect.DayNumber("FirstDay")}, {dialect.DayNumber("LastDay")}, "Percent" FROM "Spells" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                spells.Add(new StoredSpell(
                    reader.GetInt32(0),
                    reader.GetInt32(1),
                    new PackedSpell((AbsenceType)reader.GetInt32(2), DateOnly.FromDayNumber(reader.GetInt32(3)), SqlDialect.ReadDay(reader, 4), reader.GetInt32(5))));
            }

            spells.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            return spells;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
