namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>
/// Words a message in the language e-mails and the notes the system writes itself are written in (Danish); the web host
/// holds the catalogue.
/// </summary>
public interface IEmailTexts
{
    string Render(MessageCode message);
}
