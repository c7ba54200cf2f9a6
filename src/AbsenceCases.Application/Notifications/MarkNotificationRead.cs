namespace AbsenceCases.Application.Notifications;

/// <summary>Marks one of the caller's inbox items read; another user's item is not found.</summary>
[AnySignedInUser]
public sealed record MarkNotificationRead(long NotificationId) : IRequest<NotificationDto>;

public sealed class MarkNotificationReadHandler(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock)
    : IRequestHandler<MarkNotificationRead, NotificationDto>
{
    public async Task<NotificationDto> Handle(MarkNotificationRead request, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.NotificationId && n.UserId == user.Id, cancellationToken)
                           ?? throw new NotFoundException(RefusalCodes.NotFound.Notification, request.NotificationId);
        notification.MarkRead(clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.DescribeAsync([notification], cancellationToken)).Single();
    }
}
