using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>
/// HR sets up a coordination group (/koordinering/gruppe) or changes one (/koordinering/gruppe/{id}): name, meeting
/// day, the workplaces it covers and its members with their role and, when they use the system, their user.
/// Member rows left empty are not sent; a member chosen as a user without a name gets the user's name.
/// </summary>
[Sends(typeof(CreateCoordinationGroup))]
public sealed class GroupModel(IMediator mediator, UiTexts texts) : PageModel
{
    public const int BlankRows = 2;

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private SentRows _sent = SentRows.None;

    /// <summary>The form; an update sends the same fields.</summary>
    [BindProperty]
    public CreateCoordinationGroup Input { get; set; } = null!;

    public CoordinationGroupDto? Existing { get; private set; }

    public IReadOnlyList<UnitDto> Workplaces { get; private set; } = [];

    public IReadOnlyList<UserContact> Candidates { get; private set; } = [];

    public string Title => Existing is null ? texts.GroupForm.NewTitle : texts.GroupForm.EditTitle(Existing.Name);

    public IEnumerable<SelectListItem> Days => Week.Select(day => new SelectListItem(texts.DayName(day), day.ToString()));

    public IEnumerable<SelectListItem> MemberRoles => Choices.Of<MemberRole>(texts);

    public IEnumerable<SelectListItem> Users =>
        Candidates.Select(u => new SelectListItem(u.Email is null ? u.Name : $"{u.Name} ({u.Email})", u.Id));

    public IEnumerable<SelectListItem> WorkplaceChoices =>
        Workplaces.Select(w => new SelectListItem(w.Name, w.Id.ToString(UiCulture.Danish), Input.WorkplaceIds?.Contains(w.Id) == true));

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var members = Existing?.Members.Select(m => new GroupMemberInput(m.UserId, m.Name, m.Role)) ?? [];
        Input = new CreateCoordinationGroup(
            Existing?.Name, Existing?.MeetingDay, Existing?.Workplaces.Select(w => w.UnitId).ToList() ?? [], SentRows.WithBlanks(members, BlankRows, Blank));
        await LoadWorkplacesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input ??= new CreateCoordinationGroup(null, null, null, null);
        if (ModelState.IsValid)
        {
            var rows = Input.Members ?? [];
            _sent = SentRows.NotBlank("members", rows, IsBlank);
            var group = Input with { Members = _sent.Pick(rows).Select(Named).ToList() };
            try
            {
                IRequest<CoordinationGroupDto> request = id is { } groupId
                    ? new UpdateCoordinationGroup(group.Name, group.MeetingDay, group.WorkplaceIds, group.Members) { GroupId = groupId }
                    : group;
                await mediator.Send(request, cancellationToken);
                TempData[UiFlash.Key] = texts.GroupForm.Saved;
                return RedirectToPage("/Coordination/Index");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, sent: _sent))
            {
            }
        }

        await LoadWorkplacesAsync(cancellationToken);
        return Page();
    }

    /// <summary>"Flere medlemmer": the form again with more empty rows, sending nothing.</summary>
    public async Task<IActionResult> OnPostMoreMembersAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input ??= new CreateCoordinationGroup(null, null, null, null);
        Input = Input with { Members = SentRows.WithBlanks(Input.Members, BlankRows, Blank) };
        ModelState.Clear();
        await LoadWorkplacesAsync(cancellationToken);
        return Page();
    }

    private static GroupMemberInput Blank() => new(null, null, null);

    private static bool IsBlank(GroupMemberInput member) =>
        string.IsNullOrWhiteSpace(member.UserId) && string.IsNullOrWhiteSpace(member.Name) && member.Role is null;

    private GroupMemberInput Named(GroupMemberInput member) =>
        string.IsNullOrWhiteSpace(member.Name) && Candidates.FirstOrDefault(u => u.Id == member.UserId) is { } user
            ? member with { Name = user.Name }
            : member;

    /// <summary>The group being changed, if any, and the users who can be members (a member without a name gets theirs).</summary>
    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } groupId)
        {
            Existing = await mediator.CoordinationGroupAsync(groupId, cancellationToken);
            if (Existing is null)
            {
                return false;
            }
        }

        Candidates = await mediator.Send(new ListMemberCandidates(), cancellationToken);
        return true;
    }

    /// <summary>The workplaces to choose from, needed only when the form is shown.</summary>
    private async Task LoadWorkplacesAsync(CancellationToken cancellationToken) =>
        Workplaces = await mediator.WorkplacesAsync(cancellationToken);
}
