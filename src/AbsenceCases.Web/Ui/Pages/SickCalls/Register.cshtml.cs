using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.SickCalls;

/// <summary>
/// "Sygemelding": a manager registers a sick call in a few taps. The employees in the user's scope are a list to
/// choose from, narrowed by a server-side search; the first sick day defaults to today. Each form carries its own
/// idempotency key, so a double tap on a slow phone registers the sick call once. Employees already absent are
/// marked, with a link to their open case.
/// </summary>
[Sends(typeof(RegisterSickCall))]
public sealed class RegisterModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    public const int MaxEmployees = 200;

    [BindProperty]
    public RegisterSickCall Input { get; set; } = null!;

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "soeg")]
    public string? Search { get; set; }

    public EmployeePage Employees { get; private set; } = new([], 0);

    /// <summary>The open case of each listed employee who is already absent.</summary>
    public IReadOnlyDictionary<int, Guid> OpenCases { get; private set; } = new Dictionary<int, Guid>();

    public IEnumerable<EmployeeDto> AbsentEmployees => Employees.Items.Where(e => OpenCases.ContainsKey(e.Id));

    public IEnumerable<SelectListItem> EmployeeOptions =>
        Employees.Items.Select(e => new SelectListItem(
            OpenCases.ContainsKey(e.Id) ? texts.SickCall.AbsentOption(Option(e)) : Option(e), e.Id.ToString(UiCulture.Danish)));

    public IEnumerable<SelectListItem> AbsenceTypes => Choices.Of<AbsenceType>(texts);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await FindEmployeesAsync(cancellationToken);
        var only = Employees.Items.Count == 1 ? Employees.Items[0].Id : (int?)null;
        Input = new RegisterSickCall(only, null, clock.Today, AbsenceType.OwnIllness, 100, null, null);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Input is not null)
        {
            try
            {
                var command = Input with { EmployeeNumber = null, IdempotencyKey = Key() };
                var registered = await mediator.Send(command, cancellationToken);
                TempData[UiFlash.Key] = registered.AddedToOpenCase ? texts.SickCall.AddedToOpenCase : texts.SickCall.Registered;
                return RedirectToPage("/Cases/Details", new { id = registered.CaseId });
            }
            catch (ForbiddenAccessException forbidden)
            {
                ModelState.AddModelError("Input.EmployeeId", texts.Message(forbidden.Refusal));
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        Input ??= new RegisterSickCall(null, null, clock.Today, AbsenceType.OwnIllness, 100, null, null);
        await FindEmployeesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Keeps a key the page made; anything else from the form is replaced, so a key is never longer than the API allows.</summary>
    private string Key() =>
        Guid.TryParseExact(IdempotencyKey, "N", out var key) ? key.ToString("N") : Guid.NewGuid().ToString("N");

    private async Task FindEmployeesAsync(CancellationToken cancellationToken)
    {
        var search = Search?.Trim();
        if (search?.Length > 100)
        {
            search = search[..100];
        }

        Employees = await mediator.Send(new ListEmployees(null, search, 1, MaxEmployees), cancellationToken);
        var open = await mediator.Send(new ListOpenCases(Employees.Items.Select(e => e.Id).ToList()), cancellationToken);
        OpenCases = open.Items.ToDictionary(c => c.EmployeeId, c => c.CaseId);
    }

    private static string Option(EmployeeDto employee) => $"{employee.Name} ({employee.EmployeeNumber})";
}
