namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The English catalogue: a template for every message code.</summary>
public static class EnglishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        // The case, its prevention plan and workflow guards, § 56 agreements (Domain: CaseCodes, GuardCodes, Section56Codes).
        ["case.transitionRefused"] = "{trigger} is not possible while the case is {state}.",
        ["case.closedTakesNoAbsence"] = "A closed case takes no new absence; reopen it or report a new sick call.",
        ["case.alreadyAbsent"] = "The employee is already registered absent ({type:lower}) on or after {from}.",
        ["case.absenceAlreadyCovers"] = "The absence already covers {day}; reopen from a later day.",
        ["case.anonymisedNotReviewed"] = "An anonymised case is not reviewed.",
        ["case.anonymiseOnlyClosed"] = "Only a closed case that is not anonymised yet can be anonymised.",
        ["case.measuresOnlyOnOpenPlan"] = "Measures change only on an open case with a prevention plan.",
        ["case.followUpOutsidePlan"] = "A measure is followed up on or after the day the plan was agreed, and not in the future.",
        ["case.noSuchMeasure"] = "The plan has no measure {measureId}.",
        ["case.measureNotPlanned"] = "The measure is {status:lower} already; only a planned measure can change.",
        ["guard.onOrAfterFirstDay"] = "on or after the first sick day, not in the future",
        ["guard.heldWithinAbsence"] = "held on or after the first sick day, not in the future",
        ["guard.startedWithinAbsence"] = "started on or after the first sick day, not in the future",
        ["guard.agreedWithinAbsence"] = "agreed on or after the first sick day, not in the future",
        ["guard.closedWithinAbsence"] = "closed on or after the first sick day, not in the future",
        ["guard.requestedWithinAbsence"] = "requested on or after the first sick day, not in the future",
        ["guard.askedWithinAbsence"] = "asked on or after the first sick day, not in the future",
        ["guard.madeWithinAbsence"] = "made on or after the first sick day, not in the future",
        ["guard.notifiedWithinAbsence"] = "notified on or after the first sick day, not in the future",
        ["guard.returnedWithinOpenAbsence"] = "returned on or after the first day of the open absence, not in the future",
        ["guard.noCareContactYet"] = "a sick-call case without care contact yet",
        ["guard.firstConversationDeadlinePassed"] = "the first-conversation deadline has passed, or the case is about frequent absence",
        ["guard.absenceOpen"] = "an absence is open",
        ["guard.closeReason"] = "a close reason; a return to work needs a return date on or after the first day",
        ["guard.completeMeasures"] = "at least one measure, each with a responsible person and a follow-up date",
        ["guard.closedRecently"] = "closed no more than {days} days ago",
        ["guard.relapse"] = "within {days} days of closing (relapse)",
        ["guard.longAbsence"] = "the expected return is later than 8 weeks",
        ["guard.longAbsenceOrAsked"] = "the expected return is later than 8 weeks, or the employee asked for a plan",
        ["guard.notRequestedBefore"] = "not requested before",
        ["guard.notAskedBefore"] = "the employee has not asked for a plan before",
        ["guard.openForFourWeeks"] = "the absence is open and has lasted 4 weeks",
        ["guard.passedEmployerPeriod"] = "the absence passed the employer period",
        ["guard.notNotifiedBefore"] = "not notified before",
        ["section56.endsOutsideAgreement"] = "The agreement runs from {from} to {to}; it can end only within that time.",
    };
}
