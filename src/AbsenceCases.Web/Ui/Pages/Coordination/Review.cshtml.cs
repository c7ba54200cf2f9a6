using System.Text.RegularExpressions;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>The review meeting as the form holds it: one row per case on the board.</summary>
public sealed class ReviewForm
{
    public DateOnly? HeldOn { get; set; }

    /// <summary>One attendee per line.</summary>
    public string? Attendees { get; set; }

    public List<ReviewRow> Rows { get; set; } = [];
}

/// <summary>One case's row: no decision leaves the case out; closing takes a reason, a plan its one measure.</summary>
public sealed class ReviewRow
{
    public Guid CaseId { get; set; }

    public ReviewDecision? Decision { get; set; }

    public string? Note { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    public CloseReason? CloseReason { get; set; }

    public string? MeasureDescription { get; set; }

    public string? MeasureResponsible { get; set; }

    public DateOnly? MeasureFollowUpOn { get; set; }

    public bool HasMeasure => !string.IsNullOrWhiteSpace(MeasureDescription) || !string.IsNullOrWhiteSpace(MeasureResponsible) || MeasureFollowUpOn is not null;
}

/// <summary>
/// The weekly review meeting (/koordinering/{id}/gennemgang): a row per case on the board with a decision, a note
/// and the next review; the rows with a decision become one RecordReview, the request the API sends. Its errors go
/// back on their rows in Danish; a transition the workflow refuses is named with the case's employee.
/// </summary>
[Sends(typeof(RecordReview))]
public sealed partial class ReviewModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    private SentRows _sent = SentRows.None;

    [BindProperty]
    public ReviewForm Input { get; set; } = new();

    public Board Board { get; private set; } = null!;

    public CoordinationGroupDto? Group { get; private set; }

    public IEnumerable<SelectListItem> Decisions => Choices.Of<ReviewDecision>(texts);

    public IEnumerable<SelectListItem> CloseReasons => Choices.Of<CloseReason>(texts);

    public BoardItem? ItemOf(Guid caseId) => Board.Items.FirstOrDefault(i => i.CaseId == caseId);

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = new ReviewForm
        {
            HeldOn = clock.Today,
            Attendees = string.Join('\n', Group?.Members.Select(m => m.Name) ?? []),
            Rows = Board.Items.Select(i => new ReviewRow { CaseId = i.CaseId }).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        InvalidTransitionException? refusal = null;
        if (ModelState.IsValid)
        {
            var review = ToRequest(id);
            try
            {
                await mediator.Send(review, cancellationToken);
                TempData[UiFlash.Key] = texts.Review.Recorded(review.Items!.Count);
                return RedirectToPage("/Coordination/Board", new { id });
            }
            catch (InvalidTransitionException refused)
            {
                refusal = refused;
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, typeof(ReviewForm), field: MapField))
            {
            }
        }

        await LoadAsync(id, cancellationToken);
        if (refusal is not null)
        {
            AddRefusal(refusal);
        }

        return Page();
    }

    private RecordReview ToRequest(int groupId)
    {
        _sent = SentRows.Where(Input.Rows, row => row?.Decision is not null);
        var attendees = (Input.Attendees ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var items = _sent.Pick(Input.Rows).Select(row => new ReviewItemInput(
                row.CaseId,
                row.Decision,
                row.Note,
                row.NextReviewOn,
                row.CloseReason,
                row.HasMeasure ? [new MeasureInput(row.MeasureDescription, row.MeasureResponsible, null, row.MeasureFollowUpOn)] : null))
            .ToList();
        return new RecordReview(Input.HeldOn, attendees.Length == 0 ? null : attendees, items) { GroupId = groupId };
    }

    /// <summary>The workflow refused the decision of the request's item the refusal names: its row's case is named and its decision marked.</summary>
    private void AddRefusal(InvalidTransitionException refused)
    {
        var reason = FormErrors.Describe(refused, texts);
        if (refused.Data[RecordReviewHandler.RefusedItem] is not int item)
        {
            ModelState.AddModelError(FormErrors.FormKey, reason);
            return;
        }

        var row = _sent.FormRow(item);
        var name = ItemOf(Input.Rows[row].CaseId)?.Employee.Name;
        ModelState.AddModelError(FormErrors.FormKey, name is null ? reason : texts.Review.CaseRefused(name, reason));
        ModelState.AddModelError($"Input.Rows[{row}].Decision", reason);
    }

    /// <summary>The request's field paths on the form: items[n] are the rows that were sent, attendees one text.</summary>
    private string MapField(string field)
    {
        if (field.StartsWith("attendees", StringComparison.OrdinalIgnoreCase))
        {
            return "attendees";
        }

        var match = Item().Match(field);
        if (!match.Success)
        {
            return field;
        }

        var row = _sent.FormRow(int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var property = match.Groups["field"].Value.ToLowerInvariant() switch
        {
            "" => nameof(ReviewRow.NextReviewOn),
            "caseid" or "decision" => nameof(ReviewRow.Decision),
            "measures" => match.Groups["measure"].Value.ToLowerInvariant() switch
            {
                "responsible" => nameof(ReviewRow.MeasureResponsible),
                "followupon" => nameof(ReviewRow.MeasureFollowUpOn),
                _ => nameof(ReviewRow.MeasureDescription),
            },
            var other => other,
        };
        return $"rows[{row}].{property}";
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Board = await mediator.Send(new GetBoard(id), cancellationToken);
        Group = await mediator.CoordinationGroupAsync(id, cancellationToken);
    }

    [GeneratedRegex(@"^items\[(?<n>\d+)\](?:\.(?<field>\w+)(?:\[\d+\](?:\.(?<measure>\w+))?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Item();
}
