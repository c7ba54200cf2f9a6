using AbsenceCases.Application.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Audit;

/// <summary>
/// "Revisionslog": the audit log filtered as GET /api/audit filters it, newest first, with its CSV download. HR sees
/// the case and employee of each row; the admin who, when and what only.
/// </summary>
[Authorize(Roles = Roles.Hr + "," + Roles.Admin)]
public sealed class IndexModel(IMediator mediator, UiTexts texts) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? EmployeeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 0);

    public bool SeesIds => User.IsInRole(Roles.Hr);

    public int PageCount => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    /// <summary>The filter as a query string, for the CSV download and the pages.</summary>
    public Dictionary<string, string> Filter => new Dictionary<string, string?>
        {
            ["caseId"] = CaseId?.ToString(),
            ["employeeId"] = EmployeeId?.ToString(UiCulture.Danish),
            ["userId"] = UserId,
            ["from"] = From?.ToString("yyyy-MM-dd", UiCulture.Danish),
            ["to"] = To?.ToString("yyyy-MM-dd", UiCulture.Danish),
        }
        .Where(pair => !string.IsNullOrEmpty(pair.Value))
        .ToDictionary(pair => pair.Key, pair => pair.Value!);

    public string CsvUrl => "/api/audit.csv" + new QueryBuilder(Filter).ToQueryString().ToUriComponent();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (!SeesIds)
        {
            (CaseId, EmployeeId) = (null, null);
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Entries = await mediator.Send(new ListAuditEntries(CaseId, EmployeeId, UserId, From, To, PageNumber, PageSize), cancellationToken);
        }
        catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, prefix: string.Empty))
        {
        }
    }
}
