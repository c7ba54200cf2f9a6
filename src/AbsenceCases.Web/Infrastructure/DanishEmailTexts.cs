namespace AbsenceCases.Web.Infrastructure;

/// <summary>E-mails are written in Danish, from the Danish catalogue.</summary>
public sealed class DanishEmailTexts : IEmailTexts
{
    public string Render(MessageCode message) => UiTexts.Danish.Message(message);
}
