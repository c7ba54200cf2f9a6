using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.SelfService;

namespace AbsenceCases.Web.Ui.Pages.Me;

/// <summary>"Mit fravær": the signed-in employee's own cases, spells, employments and § 56 agreements, the download of all their data, and — where the installation allows it — reporting back to work.</summary>
[Sends(typeof(ListMyCases))]
public sealed class IndexModel(IMediator mediator, UiTexts texts, SelfServiceSettings settings, MunicipalClock clock) : PageModel
{
    [BindProperty]
    public ReportMyReturn Input { get; set; } = null!;

    public MyCases Cases { get; private set; } = null!;

    public MyAbsences Absences { get; private set; } = null!;

    /// <summary>The signed-in user has the role but is linked to no employee: the page says so and shows nothing else.</summary>
    public string? NotLinked { get; private set; }

    public bool MayReportReturn => settings.ReportReturn && Cases.Items.Any(c => c.Status != CaseStatus.Closed);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ReportMyReturn(clock.Today);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(Input, cancellationToken);
                TempData[UiFlash.Key] = texts.SelfService.Returned;
                return RedirectToPage();
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Cases = await mediator.Send(new ListMyCases(), cancellationToken);
            Absences = await mediator.Send(new ListMyAbsences(), cancellationToken);
        }
        catch (NotFoundException notLinked)
        {
            NotLinked = texts.Message(notLinked.Refusal);
        }
    }
}
