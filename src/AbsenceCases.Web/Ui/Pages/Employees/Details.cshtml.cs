using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;

namespace AbsenceCases.Web.Ui.Pages.Employees;

/// <summary>
/// One employee: employments, § 56 agreements (sygedagpengeloven) with forms to register and end one, and — for
/// managers, coordinators and HR — the absence pattern with the Bradford factor.
/// </summary>
[Sends(typeof(GetEmployee))]
public sealed class DetailsModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    // Named, so that each form binds only its own fields (no fallback to the form's other fields).
    [BindProperty(Name = nameof(Register))]
    public RegisterSection56Agreement Register { get; set; } = null!;

    /// <summary>The end form of each agreement still running, by agreement id, so each form has its own fields and errors.</summary>
    [BindProperty(Name = nameof(End))]
    public Dictionary<int, EndSection56Agreement> End { get; set; } = [];

    public EmployeeDetails Employee { get; private set; } = null!;

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>Managers and HR register and end agreements (the requests say so); others only read.</summary>
    public bool MayRegister => RequestPermissions.Allows(typeof(RegisterSection56Agreement), User.IsInRole);

    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Register = new RegisterSection56Agreement(Today);
        await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Register is not null)
        {
            try
            {
                await mediator.Send(Register with { EmployeeId = id }, cancellationToken);
                TempData[UiFlash.Key] = texts.Employee.Registered;
                return RedirectToPage(new { id });
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, nameof(Register)))
            {
            }
        }

        Register ??= new RegisterSection56Agreement(Today);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, int agreementId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && End.TryGetValue(agreementId, out var end))
        {
            try
            {
                await mediator.Send(end with { EmployeeId = id, AgreementId = agreementId }, cancellationToken);
                TempData[UiFlash.Key] = texts.Employee.Ended;
                return RedirectToPage(new { id });
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, $"{nameof(End)}[{agreementId}]"))
            {
            }
        }

        Register = new RegisterSection56Agreement(Today);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>An agreement that has not ended and has not run out can be ended.</summary>
    public static bool CanEnd(Section56AgreementDto agreement, DateOnly today) => agreement.EndedOn is null && agreement.ValidTo >= today;

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Employee = await mediator.Send(new GetEmployee(id), cancellationToken);
        UnitNames = await mediator.UnitNamesAsync(cancellationToken);
        foreach (var agreement in Employee.Section56Agreements.Where(a => CanEnd(a, Today)))
        {
            End.TryAdd(agreement.Id, new EndSection56Agreement(Today));
        }
    }
}
