using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Web.Ui.Pages.Cases;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>
/// The review meeting as the form holds it: the request's fields, with the attendees one per line and an item per
/// case on the board, each with at most one measure.
/// </summary>
public sealed class ReviewForm
{
    public DateOnly? HeldOn { get; set; }

    /// <summary>One attendee per line.</summary>
    public string? Attendees { get; set; }

    public List<ReviewItemInput> Items { get; set; } = [];
}

/// <summary>
/// The weekly review meeting (/koordinering/{id}/gennemgang): a row per case on the board with a decision, a note
/// and the next review; the rows with a decision become one RecordReview, the request the API sends. Its errors go
/// back on their rows in Danish; a transition the workflow refuses is named with the case's employee.
/// </summary>
[Sends(typeof(RecordReview))]
public sealed class ReviewModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    private SentRows _sent = SentRows.None;

    [BindProperty]
    public ReviewForm Input { get; set; } = new();

    public Board Board { get; private set; } = null!;

    public CoordinationGroupDto? Group { get; private set; }

    public IEnumerable<SelectListItem> Decisions => Choices.Of<ReviewDecision>(texts);

    public IEnumerable<SelectListItem> CloseReasons => Choices.Of<CloseReason>(texts);

    public BoardItem? ItemOf(Guid? caseId) => Board.Items.FirstOrDefault(i => i.CaseId == caseId);

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = new ReviewForm
        {
            HeldOn = clock.Today,
            Attendees = string.Join('\n', Group?.Members.Select(m => m.Name) ?? []),
            Items = Board.Items.Select(i => WithMeasureRow(new ReviewItemInput(i.CaseId, null, null, null, null, null))).ToList(),
        };
    }

    /// <summary>Whether the form shows its row's measure open: it has one, or an error.</summary>
    public bool ShowsMeasure(int row) =>
        Input.Items[row].Measures is [{ } measure] && !measure.IsBlank()
        || ModelState.FindKeysWithPrefix($"Input.Items[{row}].Measures").Any(entry => entry.Value.Errors.Count > 0);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        RefusedFieldException? refusal = null;
        if (ModelState.IsValid)
        {
            var review = ToRequest(id);
            try
            {
                await mediator.Send(review, cancellationToken);
                TempData[UiFlash.Key] = texts.Review.Recorded(review.Items!.Count);
                return RedirectToPage("/Coordination/Board", new { id });
            }
            catch (RefusedFieldException refused)
            {
                refusal = refused;
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, sent: _sent))
            {
            }
        }

        await LoadAsync(id, cancellationToken);
        Input.Items = Input.Items.Select(WithMeasureRow).ToList();
        if (refusal is not null)
        {
            AddRefusal(refusal);
        }

        return Page();
    }

    /// <summary>The item with the one row of the form's measure, empty if it has none.</summary>
    private static ReviewItemInput WithMeasureRow(ReviewItemInput item) =>
        item.Measures is [_, ..] ? item : item with { Measures = [MeasureRows.Blank()] };

    private RecordReview ToRequest(int groupId)
    {
        _sent = SentRows.Where("items", Input.Items, item => item?.Decision is not null);
        var attendees = (Input.Attendees ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var items = _sent.Pick(Input.Items).Select(AsSent).ToList();
        return new RecordReview(Input.HeldOn, attendees.Length == 0 ? null : attendees, items) { GroupId = groupId };
    }

    /// <summary>The item as the request takes it: its measure only if filled in.</summary>
    private static ReviewItemInput AsSent(ReviewItemInput item) =>
        item with { Measures = item.Measures?.Where(measure => measure is not null && !measure.IsBlank()).ToList() is { Count: > 0 } filled ? filled : null };

    /// <summary>The workflow refused the decision of a sent item: its decision is marked, and its case named at the top.</summary>
    private void AddRefusal(RefusedFieldException refused)
    {
        FormErrors.TryAdd(ModelState, refused, texts, sent: _sent);
        var reason = FormErrors.Describe(refused.Refusal, texts);
        var name = _sent.RowOf(refused.Field) is { } row ? ItemOf(Input.Items[row].CaseId)?.Employee.Name : null;
        ModelState.AddModelError(FormErrors.FormKey, name is null ? reason : texts.Review.CaseRefused(name, reason));
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Board = await mediator.Send(new GetBoard(id), cancellationToken);
        Group = await mediator.CoordinationGroupAsync(id, cancellationToken);
    }
}
