namespace AbsenceCases.Infrastructure.Persistence;

public static class SqliteDefaults
{
    /// <summary>The database file under the user's application-data folder, never inside the source tree.</summary>
    public static string ConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "AbsenceCases");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "absencecases.db")}";
    }
}
