using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Application.Statistics.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AbsenceCases.Application.Statistics;

public static class StatisticsServices
{
    /// <summary>
    /// The working-day calendar (from <see cref="CalendarSettings"/> when registered, else none closed) and the fact store;
    /// the store's change feed and the changes' reporting are the infrastructure's.
    /// </summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.TryAddSingleton(new CalendarSettings());
        services.AddSingleton(provider => provider.GetRequiredService<CalendarSettings>().ToCalendar());
        services.AddSingleton<AbsenceFactStore>();
        services.AddScoped<AbsenceRateQueries>();
        services.AddScoped<WorkplaceScores>();
        services.AddScoped<WellbeingAbsenceQueries>();
        services.AddScoped<InitiativeEffects>();
        services.TryAddSingleton(new IndicatorTargets());
        services.AddScoped<ImplementationIndicators>();
        return services;
    }
}
