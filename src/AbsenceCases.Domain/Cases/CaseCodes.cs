namespace AbsenceCases.Domain.Cases;

/// <summary>The refusals of an absence case and its prevention plan.</summary>
[MessageCodes]
public static class CaseCodes
{
    /// <summary>Args: trigger (CaseTrigger), state (CaseStatus).</summary>
    public const string TransitionRefused = "case.transitionRefused";

    public const string ClosedTakesNoAbsence = "case.closedTakesNoAbsence";

    /// <summary>Args: type (AbsenceType), from (the first day asked for).</summary>
    public const string AlreadyAbsent = "case.alreadyAbsent";

    /// <summary>Args: day.</summary>
    public const string AbsenceAlreadyCovers = "case.absenceAlreadyCovers";

    public const string AnonymisedNotReviewed = "case.anonymisedNotReviewed";

    public const string AnonymiseOnlyClosed = "case.anonymiseOnlyClosed";

    public const string MeasuresOnlyOnOpenPlan = "case.measuresOnlyOnOpenPlan";

    public const string FollowUpOutsidePlan = "case.followUpOutsidePlan";

    /// <summary>Args: measureId.</summary>
    public const string NoSuchMeasure = "case.noSuchMeasure";

    /// <summary>Args: status (MeasureStatus).</summary>
    public const string MeasureNotPlanned = "case.measureNotPlanned";

    /// <summary>Args: requestId.</summary>
    public const string NoSuchDocumentationRequest = "case.noSuchDocumentationRequest";

    /// <summary>Args: receivedOn.</summary>
    public const string DocumentationAlreadyReceived = "case.documentationAlreadyReceived";

    /// <summary>Args: requestedOn.</summary>
    public const string ReceivedBeforeRequested = "case.receivedBeforeRequested";
}
