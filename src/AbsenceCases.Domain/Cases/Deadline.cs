namespace AbsenceCases.Domain.Cases;

/// <summary>A deadline of a case on a given day: when it is due, whether it was met, and the rule behind it.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueDate, DeadlineStatus Status, DateOnly? MetOn, string Basis);
