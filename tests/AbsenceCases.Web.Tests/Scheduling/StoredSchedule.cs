using AbsenceCases.Application.Common.Time;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace AbsenceCases.Web.Tests.Scheduling;

/// <summary>
/// A job's schedule trigger as the job store keeps it (<see cref="QuartzTables"/>; instants as UTC ticks), read and
/// changed in the database while no host runs.
/// </summary>
internal sealed class StoredSchedule(DatabaseProvider provider, string connectionString, string job)
{
    private readonly string _trigger = $"{job}-schedule";

    public Task<long?> NextFireTicksAsync() =>
        ReadAsync("SELECT next_fire_time AS \"Value\" FROM qrtz_triggers WHERE trigger_name = {0}");

    public Task<long?> PreviousFireTicksAsync() =>
        ReadAsync("SELECT prev_fire_time AS \"Value\" FROM qrtz_triggers WHERE trigger_name = {0}");

    /// <summary>
    /// The trigger as an installation down since before its last fire time left it: the fire time before that one is its
    /// previous, the missed one its next.
    /// </summary>
    public async Task<DateTimeOffset> MissLastFiringAsync(string cron)
    {
        var expression = new CronExpression(cron, MunicipalClock.TimeZone);
        var previous = expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow.AddDays(-14))!.Value;
        var missed = expression.GetNextValidTimeAfter(previous)!.Value;
        Assert.That(missed, Is.LessThan(DateTimeOffset.UtcNow), "the schedule fires at least weekly");
        await using var db = Context();
        var changed = await db.Database.ExecuteSqlRawAsync(
            "UPDATE qrtz_triggers SET prev_fire_time = {0}, next_fire_time = {1} WHERE trigger_name = {2}",
            previous.UtcTicks, missed.UtcTicks, _trigger);
        Assert.That(changed, Is.EqualTo(1), $"{_trigger} is stored");
        return missed;
    }

    /// <summary>Whether no firing of the job is under way on any instance.</summary>
    public async Task<bool> IdleAsync()
    {
        await using var db = Context();
        return !await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM qrtz_fired_triggers WHERE job_name = {0}", job).AnyAsync();
    }

    private async Task<long?> ReadAsync(string query)
    {
        await using var db = Context();
        return await db.Database.SqlQueryRaw<long?>(query, _trigger).SingleOrDefaultAsync();
    }

    private ApplicationDbContext Context() => new(DatabaseOptions.ContextOptions(provider, connectionString));
}
