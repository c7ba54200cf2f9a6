using AbsenceCases.Application.Common.Security;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>The caller's inbox, newest first; only unread items when asked.</summary>
[AnySignedInUser]
public sealed record ListNotifications(bool? Unread) : IRequest<IReadOnlyList<NotificationDto>>;

public sealed record NotificationDto(
    long Id, NotificationKind Kind, Guid? CaseId, DateOnly? DueDate, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.CaseId, n.DueDate, n.Message, n.CreatedAt, n.ReadAt);
}

public sealed class ListNotificationsHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<ListNotifications, IReadOnlyList<NotificationDto>>
{
    public const int MaxItems = 200;

    public async Task<IReadOnlyList<NotificationDto>> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        if (request.Unread == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        return await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(MaxItems)
            .Select(n => NotificationDto.From(n))
            .ToListAsync(cancellationToken);
    }
}
