namespace AbsenceCases.Domain.Cases;

public enum CloseReason
{
    ReturnedToWork,
    Resigned,
    Dismissed,
    Retired,
    Other,
}
