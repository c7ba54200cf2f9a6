namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// The statistics' changes as code writing SQL reports them (the imports): recorded in the request's open transaction,
/// written to the change feed as it commits and applied to this instance's facts once it has.
/// </summary>
internal sealed class StatisticsChangeRecorder(ApplicationDbContext db, StatisticsChangeInterceptor interceptor) : IStatisticsChanges
{
    public void EmployeesChanged(IEnumerable<int> employeeIds) => interceptor.Record(db, employeeIds, everything: false);

    public void EverythingChanged() => interceptor.Record(db, [], everything: true);
}
