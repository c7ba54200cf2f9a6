namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The English catalogue: a template for every message code.</summary>
public static class EnglishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        // Notifications, the weekly agenda, the coordination board and the bases of deadlines (dev/notify).
        ["deadline.careContactBasis"] = "Local policy: care contact by day 5 (the 1-5-14 model)",
        ["deadline.firstConversationBasis"] = "Sickness Benefit Act § 7a: absence conversation no later than 4 weeks after the first sick day",
        ["deadline.municipalityNotificationBasis"] = "Sickness Benefit Act § 59: notification through NemRefusion no later than 5 weeks after the first day of absence",
        ["deadline.fastTrackOptionBasis"] = "Sickness Benefit Act § 7c: request for early follow-up within the first 5 weeks",
        ["deadline.retentionPlanBasis"] = "Sickness Benefit Act § 7b: retention plan; the municipality's first follow-up by the end of week 8",
        ["deadline.roundTableMeetingBasis"] = "Local policy: round-table meeting when the absence goes beyond 5 weeks",
        ["deadline.frequentAbsenceConversationBasis"] = "Local policy: frequent-absence conversation no later than 14 days after the trigger",
        ["deadline.coordinationReviewBasis"] = "Weekly case review in the coordination group",
        ["deadline.measureFollowUpBasis"] = "Prevention plan: follow-up on a measure",
        ["notification.reminder"] = "{stage}: {deadline} for {employee} ({unit}) by {dueDate}.",
        ["notification.reminderEmailSubject"] = "{stage}: {deadline} by {dueDate}",
        ["notification.reminderEmailBody"] =
            "Dear {recipient}\n\n{stage}: {deadline} in a sickness-absence case is to be done by {dueDate}.\n\n" +
            "Deadline: {dueDate}\nBasis: {basis}\nThe case: {link}\n\n" +
            "This message was sent automatically by AbsenceCases and deliberately holds no health information.\n",
        ["agenda.inbox"] = "Agenda for {group}: {cases} cases for this week's review.",
        ["agenda.inboxWithoutCases"] = "Agenda for {group}: no case needs the group this week.",
        ["agenda.emailSubject"] = "Agenda for the case review: {group}, week {week}",
        ["agenda.emailBody"] =
            "Dear {recipient}\n\nThe coordination group's board has {cases} cases for this week's review:\n{agenda}\nThe board: {link}\n\n" +
            "This message was sent automatically by AbsenceCases and deliberately holds no names or health information.\n",
        ["board.overdueDeadline"] = "Overdue deadline: {deadline} ({dueDate})",
        ["board.dueDeadline"] = "Deadline approaching: {deadline} ({dueDate})",
        ["board.reviewDue"] = "Review due: {deadline} ({dueDate})",
        ["board.longAbsence"] = "Long absence (over {days} days), not in coordination",
        ["board.frequentAbsence"] = "Frequent absence",
        ["board.inCoordination"] = "In coordination",
        ["board.planFollowUp"] = "Prevention plan being followed up",
        ["board.returnedRecently"] = "Returned recently ({returnedOn})",
    };
}
