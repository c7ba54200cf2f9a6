namespace AbsenceCases.Domain.Cases;

public enum MeasureStatus
{
    Planned,
    Done,
    Dropped,
}
