using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace AbsenceCases.Web.Ui.Components;

/// <summary>
/// The header's slot for the number of unread reminders. It renders nothing until the inbox (deadlines and
/// reminders) exists; then it sends the inbox's unread-count query and links to the inbox.
/// </summary>
public sealed class InboxCountViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => new ContentViewComponentResult(string.Empty);
}
