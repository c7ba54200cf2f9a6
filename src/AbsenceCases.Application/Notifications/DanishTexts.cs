using System.Globalization;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>The Danish words reminders and agendas are written in.</summary>
public static class DanishTexts
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateOnly day) => day.ToString("d. MMMM yyyy", Culture);

    public static string Deadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.CareContact => "Omsorgskontakt",
        DeadlineKind.FirstConversation => "Sygefraværssamtale",
        DeadlineKind.MunicipalityNotification => "Anmeldelse til kommunen via NemRefusion",
        DeadlineKind.FastTrackOption => "Anmodning om tidlig opfølgning (fast track)",
        DeadlineKind.RetentionPlan => "Fastholdelsesplan",
        DeadlineKind.RoundTableMeeting => "Rundbordssamtale",
        DeadlineKind.FrequentAbsenceConversation => "Samtale om hyppigt fravær",
        DeadlineKind.CoordinationReview => "Sagsgennemgang i koordineringsgruppen",
        DeadlineKind.MeasureFollowUp => "Opfølgning på tiltag i forebyggelsesplanen",
        _ => kind.ToString(),
    };

    public static string Stage(ReminderStage stage) => stage switch
    {
        ReminderStage.Due => "Påmindelse",
        ReminderStage.Overdue => "Fristen er overskredet",
        ReminderStage.EscalatedToHr => "Fristen er fortsat overskredet",
        _ => stage.ToString(),
    };
}
