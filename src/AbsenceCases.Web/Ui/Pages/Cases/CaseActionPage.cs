using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>
/// The form of one case action. GET shows the case and the form with the case's version; POST sends the very
/// command the API sends, with that version as the expected one, so a form left open while someone else changed
/// the case is refused with a clear message instead of overwriting their change.
/// </summary>
public abstract class CaseActionPage<TCommand>(CaseActionServices services) : PageModel
    where TCommand : CaseCommand
{
    [BindProperty]
    public TCommand Input { get; set; } = null!;

    /// <summary>The version of the case the form was shown for.</summary>
    [BindProperty]
    public int Version { get; set; }

    public CaseDetails Case { get; private set; } = null!;

    /// <summary>The case changed after the form was shown; the user must open it again.</summary>
    public bool IsStale { get; private set; }

    public abstract CaseTrigger Trigger { get; }

    protected DateOnly Today => services.Clock.Today;

    protected UiTexts Texts => services.Texts;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadCaseAsync(id, cancellationToken);
        if (!Case.PermittedActions.Contains(Trigger))
        {
            TempData[UiFlash.Key] = services.Texts.Actions.NotPermittedNow;
            return RedirectToPage("/Cases/Details", new { id });
        }

        Input = NewInput();
        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Input is not null)
        {
            try
            {
                await services.Mediator.Send(ToCommand(Input) with { CaseId = id, ExpectedVersion = Version }, cancellationToken);
                TempData[UiFlash.Key] = services.Texts.Actions.Done.GetValueOrDefault(Trigger.ToString());
                return RedirectToPage("/Cases/Details", new { id });
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, services.Texts, typeof(TCommand), field: MapField))
            {
                IsStale = exception is PreconditionFailedException;
            }
        }

        Input ??= NewInput();
        await LoadCaseAsync(id, cancellationToken);
        return Page();
    }

    protected async Task LoadCaseAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await services.Mediator.Send(new GetCase(id), cancellationToken);

    /// <summary>The form as first shown: dates default to today.</summary>
    protected abstract TCommand NewInput();

    /// <summary>The command from the form as sent, e.g. without the rows left empty.</summary>
    protected virtual TCommand ToCommand(TCommand input) => input;

    /// <summary>Turns a field path of the command's errors back into the form's.</summary>
    protected virtual string MapField(string field) => field;
}

/// <summary>What every case action page needs, in one parameter.</summary>
public sealed record CaseActionServices(IMediator Mediator, MunicipalClock Clock, UiTexts Texts);
