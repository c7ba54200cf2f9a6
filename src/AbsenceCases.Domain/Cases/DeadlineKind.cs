namespace AbsenceCases.Domain.Cases;

public enum DeadlineKind
{
    CareContact,
    FirstConversation,
}
