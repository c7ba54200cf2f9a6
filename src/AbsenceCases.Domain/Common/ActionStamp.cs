namespace AbsenceCases.Domain.Common;

/// <summary>Who does something to an aggregate, and when: the instant and the municipality's calendar date.</summary>
public readonly record struct ActionStamp(string UserId, string UserName, DateTimeOffset At, DateOnly Today);
