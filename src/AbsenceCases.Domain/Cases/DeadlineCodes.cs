namespace AbsenceCases.Domain.Cases;

/// <summary>The rule behind each kind of deadline: the law or the local policy that sets it.</summary>
[MessageCodes]
public static class DeadlineCodes
{
    public const string CareContactBasis = "deadline.careContactBasis";
    public const string FirstConversationBasis = "deadline.firstConversationBasis";
    public const string MunicipalityNotificationBasis = "deadline.municipalityNotificationBasis";
    public const string FastTrackOptionBasis = "deadline.fastTrackOptionBasis";
    public const string RetentionPlanBasis = "deadline.retentionPlanBasis";
    public const string RoundTableMeetingBasis = "deadline.roundTableMeetingBasis";
    public const string FrequentAbsenceConversationBasis = "deadline.frequentAbsenceConversationBasis";
    public const string CoordinationReviewBasis = "deadline.coordinationReviewBasis";
    public const string MeasureFollowUpBasis = "deadline.measureFollowUpBasis";
    public const string DocumentationRequestBasis = "deadline.documentationRequestBasis";

    public static string BasisOf(DeadlineKind kind) => kind switch
    {
        DeadlineKind.CareContact => CareContactBasis,
        DeadlineKind.FirstConversation => FirstConversationBasis,
        DeadlineKind.MunicipalityNotification => MunicipalityNotificationBasis,
        DeadlineKind.FastTrackOption => FastTrackOptionBasis,
        DeadlineKind.RetentionPlan => RetentionPlanBasis,
        DeadlineKind.RoundTableMeeting => RoundTableMeetingBasis,
        DeadlineKind.FrequentAbsenceConversation => FrequentAbsenceConversationBasis,
        DeadlineKind.CoordinationReview => CoordinationReviewBasis,
        DeadlineKind.MeasureFollowUp => MeasureFollowUpBasis,
        DeadlineKind.DocumentationRequest => DocumentationRequestBasis,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
