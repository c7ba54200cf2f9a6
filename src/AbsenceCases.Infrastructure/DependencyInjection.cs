using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Infrastructure.Demo;
using AbsenceCases.Infrastructure.Email;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Imports;
using AbsenceCases.Infrastructure.Persistence.Auditing;
using AbsenceCases.Infrastructure.Scheduling;
using AbsenceCases.Infrastructure.Statistics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.ProviderOf(configuration);
        var connectionString = DatabaseOptions.ConnectionStringOf(configuration, database);
        services.AddStatisticsChangeFeed();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<JobRun>();
        services.AddDbContext<ApplicationDbContext>((provider, options) =>
        {
            options
                .AddInterceptors(provider.GetRequiredService<StatisticsChangeInterceptor>(), provider.GetRequiredService<AuditInterceptor>())
                .UseProvider(database, connectionString);
            if (database == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(provider.GetRequiredService<SqliteWriterHandoffInterceptor>(), new SqliteBusyTimeout());
            }
        });
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddWriteLock(database);
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<IUnitImporter, UnitImporter>();
        services.AddScoped<IEmployeeImporter, EmployeeImporter>();
        services.AddScoped<IAbsenceImporter, AbsenceImporter>();
        services.AddScoped<IResultFileReader, ResultFileReader>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<Application.SelfService.IPersonalDataExport, Exports.PersonalDataExport>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddKeyRing(configuration);
        services.AddScoped<RefreshTokens>();
        services.AddScoped<SessionRecords>();
        services.AddScoped<ISessionRecords>(provider => provider.GetRequiredService<SessionRecords>());
        services.AddScoped<IdentityAudit>();
        services.AddScoped<ISessionRevocation, SessionRevocation>();
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddScoped<IEmailOutbox, SmtpEmailOutbox>();
        services.AddScheduling(configuration);
        services.AddScoped<IStatisticsSource, StatisticsSource>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddWriteLock(this IServiceCollection services, DatabaseProvider database)
    {
        if (database == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IDatabaseErrors, PostgresErrors>();
            services.AddScoped<IWriteLock, PostgresWriteLock>();
        }
        else
        {
            services.AddSingleton<IDatabaseErrors, SqliteErrors>();
            services.AddSingleton<SqliteWriteGate>();
            services.AddSingleton<SqliteWriterHandoff>();
            services.AddSingleton<SqliteWriterHandoffInterceptor>();
            services.AddScoped<IWriteLock, SqliteWriteLock>();
        }
    }
}
