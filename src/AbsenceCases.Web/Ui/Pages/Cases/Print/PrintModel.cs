using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Web.Ui.Pages.Cases.Print;

/// <summary>
/// A document of the case laid out for paper (the print stylesheet hides everything but the sheet): the § 7a
/// conversation summary, the § 7b retention plan and the prevention plan share it.
/// </summary>
[Sends(typeof(GetCase))]
public sealed class PrintModel(IMediator mediator) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetCase(id), cancellationToken);
}
