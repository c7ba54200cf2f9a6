using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>The providers a functional fixture runs on: <c>[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]</c>.</summary>
public static class Providers
{
    public static readonly DatabaseProvider[] Both = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
