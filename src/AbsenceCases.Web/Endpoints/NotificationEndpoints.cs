using AbsenceCases.Application.Notifications;

namespace AbsenceCases.Web.Endpoints;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications");
        notifications.MapGet("/", (IMediator sender, CancellationToken cancellationToken, bool? unread) =>
                sender.Send(new ListNotifications(unread), cancellationToken))
            .WithName("ListNotifications");
        notifications.MapPost("/{id:long}/read", (long id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new MarkNotificationRead(id), cancellationToken))
            .WithName("MarkNotificationRead")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
