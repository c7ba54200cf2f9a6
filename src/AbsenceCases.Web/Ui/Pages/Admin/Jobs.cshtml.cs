using AbsenceCases.Application.Jobs;

namespace AbsenceCases.Web.Ui.Pages.Admin;

/// <summary>The scheduled jobs; the admin runs one now and sees the counts it answers, as POST /api/admin/jobs/{name}/run does.</summary>
[Sends(typeof(RunJob))]
public sealed class JobsModel(IMediator mediator, UiTexts texts) : PageModel
{
    public IReadOnlyCollection<string> Jobs => ScheduledJobs.Names;

    public JobResult? Result { get; private set; }

    public string Describe(string job) => texts.Names.GetValueOrDefault($"Job.{job}", job);

    public string CountName(string count) => texts.Names.GetValueOrDefault($"JobCount.{count}", count);

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string name, CancellationToken cancellationToken) =>
        Result = await mediator.Send(new RunJob(name), cancellationToken);
}
