namespace AbsenceCases.Application.Notifications;

/// <summary>Whether reminders also go out as e-mail (Smtp:Host is set), and the address links in e-mails point to.</summary>
public sealed record EmailSettings(bool Enabled, string BaseUrl)
{
    public string CaseLink(Guid caseId) => Link($"cases/{caseId}");

    public string BoardLink(int groupId) => Link($"koordinering/{groupId}");

    public string FollowUpLink(int measurementId, int unitId) => Link($"malinger/{measurementId}/opfolgning/{unitId}");

    private string Link(string path) => $"{BaseUrl.TrimEnd('/')}/{path}";
}
