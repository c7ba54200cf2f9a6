namespace AbsenceCases.Domain.Cases;

/// <summary>What was asked for at a conversation.</summary>
public readonly record struct ConversationRequests(bool PossibilityStatement, bool RetentionPlan, bool FastTrack);
