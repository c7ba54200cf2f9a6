namespace AbsenceCases.Domain.Cases;

public enum ConversationForm
{
    InPerson,
    Phone,
    Video,
}
