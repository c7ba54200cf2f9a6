using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Retention;
using AbsenceCases.Application.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5 with handlers and validators found by scanning, and the pipeline in this order, outermost
    /// first: job and import telemetry, unhandled exceptions, logging, audit, authorization and scope, validation,
    /// idempotency.
    /// </summary>
    public static IServiceCollection AddApplication(
        this IServiceCollection services, PolicySettings policy, EmailSettings email, string? autoMapperLicenseKey)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)).Where(type => !type.IsAbstract))
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(JobTelemetryBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ImportTelemetryBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(DiscardFailedChangesBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehaviour<,>));

        services.AddAutoMapper(config => config.LicenseKey = autoMapperLicenseKey, assembly);
        services.AddSingleton(policy);
        services.AddSingleton(email);
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton<MunicipalClock>();
        services.AddSingleton<ImportRetention>();
        services.AddSingleton<OperationsMetrics>();
        services.AddScoped<IUserScopeProvider, UserScopeProvider>();
        services.AddScoped<IUserAccess, UserAccess>();
        services.AddScoped<CaseCommandServices>();
        services.AddScoped<Cases.Queries.CaseDetailsReader>();
        services.AddScoped<SelfService.OwnEmployee>();
        services.AddScoped<Organisation.ContactPersons.ContactPersonReader>();
        services.AddScoped<GoodExamples.ExampleFiguresReader>();
        services.AddSingleton<ReminderEmails>();
        services.AddSingleton<AgendaEmails>();
        services.AddScoped<CoordinationBoard>();
        services.AddScoped<FrequentAbsenceTrigger>();
        services.AddScoped<AbsencePatterns>();
        services.AddScoped<AuditLogRetention>();
        services.AddStatistics();
        return services;
    }
}
