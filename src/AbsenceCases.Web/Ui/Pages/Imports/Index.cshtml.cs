using AbsenceCases.Application.Imports;
using AbsenceCases.Web.Endpoints;

namespace AbsenceCases.Web.Ui.Pages.Imports;

/// <summary>What an import file holds, and the request that imports it: the same use cases as POST /api/imports/….</summary>
public enum ImportKind
{
    Units,
    Employees,
    Absences,
}

/// <summary>HR uploads a payroll CSV file; the page shows the counts, or every bad line with its column and reason.</summary>
[RequestSizeLimit(ImportEndpoints.MaxImportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoints.MaxImportBytes)]
[Sends(typeof(ImportUnits))]
public sealed class IndexModel(IMediator mediator, UiTexts texts) : PageModel
{
    public static readonly IReadOnlyDictionary<ImportKind, string> Headers = new Dictionary<ImportKind, string>
    {
        [ImportKind.Units] = "unit_code;name;kind;parent_code;is_pilot",
        [ImportKind.Employees] = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group[;employment_id]",
        [ImportKind.Absences] = "employee_number;first_day;last_day;percent;absence_type",
    };

    [BindProperty]
    public ImportKind? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportOutcome Outcome { get; } = new();

    public IEnumerable<SelectListItem> Kinds => Enum.GetValues<ImportKind>().Select(k => new SelectListItem(KindName(k), k.ToString()));

    public string KindName(ImportKind kind) => kind switch
    {
        ImportKind.Units => texts.Import.Units,
        ImportKind.Employees => texts.Import.Employees,
        _ => texts.Import.Absences,
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(Kind), texts.Import.ChooseKind);
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts.Import.ChooseFile);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var csv = Upload!.OpenReadStream();
        IRequest<ImportResult> request = Kind switch
        {
            ImportKind.Units => new ImportUnits(csv),
            ImportKind.Employees => new ImportEmployees(csv),
            _ => new ImportAbsences(csv),
        };
        await Outcome.SendAsync(mediator, request, cancellationToken);
        return Page();
    }
}
