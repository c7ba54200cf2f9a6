using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Web.Infrastructure;

namespace AbsenceCases.Web.Endpoints;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications");
        notifications.MapGet("/", async (IMediator sender, HttpContext context, CancellationToken cancellationToken, bool? unread) =>
                NotificationResponse.In(await sender.Send(new ListNotifications(unread), cancellationToken), RequestLanguage.TextsFor(context)))
            .WithName("ListNotifications");
        notifications.MapPost("/{id:long}/read", async (long id, IMediator sender, HttpContext context, CancellationToken cancellationToken) =>
                NotificationResponse.From(await sender.Send(new MarkNotificationRead(id), cancellationToken), RequestLanguage.TextsFor(context)))
            .WithName("MarkNotificationRead")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

/// <summary>An inbox item with its message in the request's language, and the deadline a reminder is about.</summary>
public sealed record NotificationResponse(
    long Id, NotificationKind Kind, DeadlineKind? DeadlineKind, Guid? CaseId, DateOnly? DueDate, string Message, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(NotificationDto n, UiTexts texts) =>
        new(n.Id, n.Kind, n.DeadlineKind, n.CaseId, n.DueDate, texts.Message(n.Message), n.CreatedAt, n.ReadAt);

    public static IReadOnlyList<NotificationResponse> In(IEnumerable<NotificationDto> notifications, UiTexts texts) =>
        notifications.Select(n => From(n, texts)).ToList();
}
