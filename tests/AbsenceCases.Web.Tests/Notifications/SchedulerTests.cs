using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AbsenceCases.Web.Tests.Notifications;

/// <summary>Quartz runs in the host with the jobs on their schedules in Europe/Copenhagen.</summary>
public sealed class SchedulerTests
{
    [Test]
    public async Task ShouldScheduleTheJobsInCopenhagenTimeFromTheJobsSettings()
    {
        var factory = AbsenceCasesFactory.OnNewDatabase(settings: new Dictionary<string, string>
        {
            ["Jobs:Schedule"] = "true",
            ["Jobs:retention"] = "0 15 3 * * ?",
        });
        try
        {
            factory.CreateClient();
            var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

            var dispatch = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("dispatch-reminders-schedule")))!;
            var retention = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("retention-schedule")))!;

            Assert.That(scheduler.Status, Is.EqualTo(SchedulerStatus.Running));
            Assert.That((dispatch.CronExpressionString, dispatch.TimeZone.Id), Is.EqualTo(("0 0/5 * * * ?", MunicipalClock.TimeZone.Id)));
            Assert.That(retention.CronExpressionString, Is.EqualTo("0 15 3 * * ?"));
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Test]
    public async Task ShouldRebuildTheStatisticsWhenAnAdminRunsTheRefresh()
    {
        var factory = AbsenceCasesFactory.OnNewDatabase();
        try
        {
            var world = await TestWorld.CreateAsync(factory);
            var hr = await world.Hr();
            var url = $"/api/statistics/absence-rate?from=2026-03&to=2026-03&unitId={world.UnitA}";
            var before = await (await hr.GetAsync(url)).Read<AbsenceRateReport>();
            // A correction made outside the application: Monday 2 to Friday 6 March, 5 working days at full time.
            await world.InDatabase(db => db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Spells (EmployeeId, Type, Percent, FirstDay, LastDay) VALUES ({0}, 'own_illness', 100, '2026-03-02', '2026-03-06')",
                world.EmployeeA));
            var stale = await (await hr.GetAsync(url)).Read<AbsenceRateReport>();

            var result = await (await (await world.Admin()).PostAsync("/api/admin/jobs/statistics-refresh/run", null)).Read<JobResult>();
            var fresh = await (await hr.GetAsync(url)).Read<AbsenceRateReport>();

            Assert.That(result.Job, Is.EqualTo("statistics-refresh"));
            Assert.That((before.Rows.Single().AbsenceDays, stale.Rows.Single().AbsenceDays, fresh.Rows.Single().AbsenceDays), Is.EqualTo((0d, 0d, 5d)));
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Test]
    public async Task ShouldReportHealthyWhenMigratedAndTheSchedulerRuns()
    {
        var factory = AbsenceCasesFactory.OnNewDatabase();
        try
        {
            var response = await factory.CreateClient().GetAsync("/health");

            Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "Healthy")));
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Test]
    public async Task ShouldBeAliveButNotReadyWhileTheSchedulerStands()
    {
        var factory = AbsenceCasesFactory.OnNewDatabase();
        try
        {
            var client = factory.CreateClient();
            var readyBefore = await client.GetAsync("/health/ready");
            await (await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Standby();

            var live = await client.GetAsync("/health/live");
            var ready = await client.GetAsync("/health/ready");
            var health = await client.GetAsync("/health");

            Assert.That(readyBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((live.StatusCode, await live.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "Healthy")));
            Assert.That((ready.StatusCode, await ready.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "Unhealthy")));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "/health is the readiness probe");
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }
}
