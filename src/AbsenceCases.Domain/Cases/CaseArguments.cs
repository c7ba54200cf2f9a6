namespace AbsenceCases.Domain.Cases;

/// <summary>What a manager enters when an employee calls in sick.</summary>
public sealed record SickCallDetails(
    DateOnly FirstDay, Absences.AbsenceType Type, int Percent, DateOnly? ExpectedReturn, string? Note);

/// <summary>What is recorded of the first absence conversation.</summary>
public sealed record FirstConversationDetails(
    DateOnly HeldOn, ConversationForm Form, DateOnly? ExpectedReturn, string? Note, ConversationRequests Requests);

/// <summary>The argument of the Close trigger; the return date is the first day back at work.</summary>
public sealed record CaseClosing(DateOnly ClosedOn, CloseReason? Reason, DateOnly ReturnDate);

/// <summary>The argument of the AgreePreventionPlan trigger.</summary>
public sealed record PlanProposal(DateOnly AgreedOn, IReadOnlyList<MeasureDraft> Measures);

/// <summary>The retention plan (fastholdelsesplan, sygedagpengeloven § 7b) made with the employee.</summary>
public sealed record RetentionPlanDetails(DateOnly MadeOn, string Content);
