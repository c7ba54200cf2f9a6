using AbsenceCases.Application.Notifications;

namespace AbsenceCases.Web.Ui.Components;

/// <summary>The header's link to the inbox with the number of unread reminders of the signed-in user.</summary>
public sealed class InboxCountViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await mediator.Send(new CountUnreadNotifications(), HttpContext.RequestAborted));
}
