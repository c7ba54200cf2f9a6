using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Time;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>
/// A form that sends one command about a case. GET shows the case and the form with the case's version; POST
/// sends the very command the API sends, with that version as the expected one, so a form left open while someone
/// else changed the case is refused with a clear message instead of overwriting their change.
/// </summary>
public abstract class CaseFormPage<TCommand>(CaseActionServices services) : PageModel
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

    /// <summary>The page's heading and its button.</summary>
    public abstract string Title { get; }

    /// <summary>The page the form returns to: the case, or the prevention plan.</summary>
    public virtual string ReturnPage => "/Cases/Details";

    /// <summary>The text of the links back to <see cref="ReturnPage"/>.</summary>
    public virtual string BackText => Texts.Actions.BackToCase;

    protected DateOnly Today => services.Clock.Today;

    protected UiTexts Texts => services.Texts;

    /// <summary>The key of the confirmation in <see cref="ActionTexts.Done"/>.</summary>
    protected virtual string DoneKey => typeof(TCommand).Name;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadCaseAsync(id, cancellationToken);
        if (!IsAvailable(Case))
        {
            TempData[UiFlash.Key] = services.Texts.Actions.NotPermittedNow;
            return RedirectToPage(ReturnPage, new { id });
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
                TempData[UiFlash.Key] = services.Texts.Actions.Done.GetValueOrDefault(DoneKey);
                return RedirectToPage(ReturnPage, new { id });
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, services.Texts, sent: Sent))
            {
                IsStale = exception is PreconditionFailedException;
            }
        }

        await LoadCaseAsync(id, cancellationToken);
        Input ??= NewInput();
        return Page();
    }

    /// <summary>The title, the links back and whether the case changed, for the layout and the header and buttons.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ViewData["Title"] = Title;
        ViewData["Stale"] = IsStale;
        ViewData["BackPage"] = ReturnPage;
        ViewData["BackText"] = BackText;
    }

    protected async Task LoadCaseAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await services.Mediator.Send(new GetCase(id), cancellationToken);

    /// <summary>Whether the form applies to the case as it is now; otherwise GET goes back with a message.</summary>
    protected abstract bool IsAvailable(CaseDetails @case);

    /// <summary>The form as first shown (the case is loaded): dates default to today.</summary>
    protected abstract TCommand NewInput();

    /// <summary>The rows of the form that <see cref="ToCommand"/> sent, if it leaves some out.</summary>
    protected SentRows Sent { get; set; } = SentRows.None;

    /// <summary>The command from the form as sent, e.g. without the rows left empty (then it sets <see cref="Sent"/>).</summary>
    protected virtual TCommand ToCommand(TCommand input) => input;
}

/// <summary>The form of one workflow action: offered only while the case's workflow permits its trigger.</summary>
public abstract class CaseActionPage<TCommand>(CaseActionServices services) : CaseFormPage<TCommand>(services)
    where TCommand : CaseCommand
{
    public abstract CaseTrigger Trigger { get; }

    public override string Title => Texts.Name(Trigger);

    protected override string DoneKey => Trigger.ToString();

    protected override bool IsAvailable(CaseDetails @case) => @case.PermittedActions.Contains(Trigger);
}

/// <summary>What every case action page needs, in one parameter.</summary>
public sealed record CaseActionServices(IMediator Mediator, MunicipalClock Clock, UiTexts Texts);
