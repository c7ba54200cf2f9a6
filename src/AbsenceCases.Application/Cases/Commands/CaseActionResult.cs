namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The case after an action: its new version (the ETag), state and the actions now permitted.</summary>
public sealed record CaseActionResult(Guid CaseId, int Version, CaseStatus Status, IReadOnlyList<CaseTrigger> PermittedActions)
    : ICaseResponse;
