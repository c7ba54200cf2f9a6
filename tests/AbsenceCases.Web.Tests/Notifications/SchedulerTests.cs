using AbsenceCases.Application.Common.Time;
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
}
