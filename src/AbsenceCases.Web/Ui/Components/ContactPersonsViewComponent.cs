using AbsenceCases.Application.Organisation.ContactPersons;

namespace AbsenceCases.Web.Ui.Components;

/// <summary>Under the menu of every page a manager sees: the contact person of each unit they manage.</summary>
public sealed class ContactPersonsViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await mediator.Send(new ListMyContactPersons(), HttpContext.RequestAborted));
}
