using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Coordination;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>
/// The group's weekly board (/koordinering/{id}, the address of the agenda e-mails): every case that needs the group
/// with its reasons and next deadline, a link to the review meeting form, and the past review meetings.
/// </summary>
[Sends(typeof(GetBoard))]
public sealed class BoardModel(IMediator mediator) : PageModel
{
    public Board Board { get; private set; } = null!;

    public CoordinationGroupDto? Group { get; private set; }

    public ReviewList Reviews { get; private set; } = new([]);

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>The employee of every case the page names: from the board, else looked up within the user's scope.</summary>
    public IReadOnlyDictionary<Guid, EmployeeRef> Employees { get; private set; } = new Dictionary<Guid, EmployeeRef>();

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Board = await mediator.Send(new GetBoard(id), cancellationToken);
        Group = await mediator.CoordinationGroupAsync(id, cancellationToken);
        Reviews = await mediator.Send(new ListReviews(id), cancellationToken);
        UnitNames = await mediator.UnitNamesAsync(cancellationToken);
        var employees = Board.Items.ToDictionary(i => i.CaseId, i => i.Employee);
        var others = Reviews.CaseIds.Where(caseId => !employees.ContainsKey(caseId)).Take(ListCaseEmployeesValidator.MaxCases).ToList();
        if (others.Count > 0)
        {
            foreach (var named in (await mediator.Send(new ListCaseEmployees(others), cancellationToken)).Items)
            {
                employees[named.CaseId] = named.Employee;
            }
        }

        Employees = employees;
    }
}
