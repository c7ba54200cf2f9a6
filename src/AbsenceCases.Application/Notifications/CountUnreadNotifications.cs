namespace AbsenceCases.Application.Notifications;

/// <summary>How many of the caller's inbox items are unread: the number in the web UI's header.</summary>
[AnySignedInUser]
public sealed record CountUnreadNotifications : IRequest<int>;

public sealed class CountUnreadNotificationsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<CountUnreadNotifications, int>
{
    public Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == user.Id && n.ReadAt == null, cancellationToken);
}
