using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Infrastructure.Statistics;

internal static class StatisticsChangeFeedServices
{
    /// <summary>The statistics' changes: reported to this instance's facts, written to the change feed and read from it.</summary>
    public static IServiceCollection AddStatisticsChangeFeed(this IServiceCollection services)
    {
        services.AddSingleton<StatisticsChangeOrigin>();
        services.AddSingleton<StatisticsChangeWriter>();
        services.AddSingleton<StatisticsChangeInterceptor>();
        services.AddSingleton<IStatisticsChangeFeed, StatisticsChangeFeed>();
        services.AddScoped<IStatisticsChanges, StatisticsChangeRecorder>();
        return services;
    }
}
