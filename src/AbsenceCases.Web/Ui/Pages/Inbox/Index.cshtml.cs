using AbsenceCases.Application.Notifications;

namespace AbsenceCases.Web.Ui.Pages.Inbox;

/// <summary>"Indbakke": the signed-in user's reminders and agendas, newest first, each with a link to its case and "mark as read".</summary>
[Sends(typeof(ListNotifications))]
public sealed class IndexModel(IMediator mediator, UiTexts texts) : PageModel
{
    /// <summary>"ulaeste" shows only the unread messages.</summary>
    public const string UnreadOnly = "ulaeste";

    [BindProperty(SupportsGet = true, Name = "vis")]
    public string? Show { get; set; }

    public bool OnlyUnread => Show == UnreadOnly;

    public IReadOnlyList<NotificationDto> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notifications = await mediator.Send(new ListNotifications(OnlyUnread ? true : null), cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkNotificationRead(id), cancellationToken);
        TempData[UiFlash.Key] = texts.Inbox.MarkedRead;
        return RedirectToPage(new { vis = OnlyUnread ? UnreadOnly : null });
    }
}
