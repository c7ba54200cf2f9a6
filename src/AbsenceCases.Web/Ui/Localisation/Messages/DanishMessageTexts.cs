namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The Danish catalogue: a template for every message code.</summary>
public static class DanishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        // Notifications, the weekly agenda, the coordination board and the bases of deadlines (dev/notify).
        ["deadline.careContactBasis"] = "Lokal politik: omsorgskontakt senest dag 5 (1-5-14-modellen)",
        ["deadline.firstConversationBasis"] = "Sygedagpengeloven § 7a: sygefraværssamtale senest 4 uger efter første sygedag",
        ["deadline.municipalityNotificationBasis"] = "Sygedagpengeloven § 59: anmeldelse via NemRefusion senest 5 uger efter første fraværsdag",
        ["deadline.fastTrackOptionBasis"] = "Sygedagpengeloven § 7c: anmodning om tidlig opfølgning inden for de første 5 uger",
        ["deadline.retentionPlanBasis"] = "Sygedagpengeloven § 7b: fastholdelsesplan; kommunens første opfølgning senest ved udgangen af uge 8",
        ["deadline.roundTableMeetingBasis"] = "Lokal politik: rundbordssamtale ved fravær ud over 5 uger",
        ["deadline.frequentAbsenceConversationBasis"] = "Lokal politik: samtale om hyppigt fravær senest 14 dage efter udløsningen",
        ["deadline.coordinationReviewBasis"] = "Ugentlig sagsgennemgang i koordineringsgruppen",
        ["deadline.measureFollowUpBasis"] = "Forebyggelsesplanen: opfølgning på tiltag",
        ["notification.reminder"] = "{stage}: {deadline} for {employee} ({unit}) senest {dueDate}.",
        ["notification.reminderEmailSubject"] = "{stage}: {deadline} senest {dueDate}",
        ["notification.reminderEmailBody"] =
            "Kære {recipient}\n\n{stage}: {deadline} i en sygefraværssag skal være gennemført senest {dueDate}.\n\n" +
            "Frist: {dueDate}\nGrundlag: {basis}\nSagen: {link}\n\n" +
            "Beskeden er sendt automatisk af AbsenceCases og indeholder bevidst ingen helbredsoplysninger.\n",
        ["agenda.inbox"] = "Dagsorden for {group}: {cases} sager til ugens sagsgennemgang.",
        ["agenda.inboxWithoutCases"] = "Dagsorden for {group}: ingen sager kræver gruppen i denne uge.",
        ["agenda.emailSubject"] = "Dagsorden for sagsgennemgang: {group}, uge {week}",
        ["agenda.emailBody"] =
            "Kære {recipient}\n\nKoordineringsgruppens tavle har {cases} sager til ugens sagsgennemgang:\n{agenda}\nTavlen: {link}\n\n" +
            "Beskeden er sendt automatisk af AbsenceCases og indeholder bevidst ingen navne eller helbredsoplysninger.\n",
        ["board.overdueDeadline"] = "{deadline}: frist overskredet ({dueDate})",
        ["board.dueDeadline"] = "{deadline}: frist snart ({dueDate})",
        ["board.reviewDue"] = "{deadline}: senest {dueDate}",
        ["board.longAbsence"] = "Fravær over {days} dage, ikke i koordinering",
        ["board.frequentAbsence"] = "Hyppigt fravær",
        ["board.inCoordination"] = "I koordinering",
        ["board.planFollowUp"] = "Forebyggelsesplan under opfølgning",
        ["board.returnedRecently"] = "Tilbage {returnedOn}, opfølgning",
    };
}
