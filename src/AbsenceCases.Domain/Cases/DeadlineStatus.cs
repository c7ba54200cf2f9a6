namespace AbsenceCases.Domain.Cases;

public enum DeadlineStatus
{
    Upcoming,
    Due,
    Overdue,
    Met,
}
