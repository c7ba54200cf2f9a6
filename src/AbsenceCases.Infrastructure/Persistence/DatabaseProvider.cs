namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>The database the application runs on, chosen with <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
