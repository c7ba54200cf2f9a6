using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.GoodExamples;

namespace AbsenceCases.Web.Ui.Pages.GoodExamples;

/// <summary>
/// "Gode eksempler": the whole bank of good examples, searched by every word, for every manager, coordinator and HR;
/// HR is told where to mark one and can take one out.
/// </summary>
[Sends(typeof(ListGoodExamples))]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "soeg")]
    public string? Search { get; set; }

    public IReadOnlyList<GoodExampleDto> Examples { get; private set; } = [];

    public bool MayMark => RequestPermissions.Allows(typeof(MarkGoodExample), User.IsInRole);

    public bool MayRemove => RequestPermissions.Allows(typeof(RemoveGoodExample), User.IsInRole);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Examples = await mediator.Send(new ListGoodExamples(Search), cancellationToken);
}
