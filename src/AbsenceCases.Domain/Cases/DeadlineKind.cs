namespace AbsenceCases.Domain.Cases;

public enum DeadlineKind
{
    CareContact,
    FirstConversation,
    MunicipalityNotification,
    FastTrackOption,
    RetentionPlan,
    RoundTableMeeting,
    FrequentAbsenceConversation,
    CoordinationReview,
    MeasureFollowUp,
    DocumentationRequest,
}
