namespace AbsenceCases.Domain.Cases;

/// <summary>The guards of the case workflow: what a refused action names as not met.</summary>
[MessageCodes]
public static class GuardCodes
{
    public const string OnOrAfterFirstDay = "guard.onOrAfterFirstDay";
    public const string HeldWithinAbsence = "guard.heldWithinAbsence";
    public const string StartedWithinAbsence = "guard.startedWithinAbsence";
    public const string AgreedWithinAbsence = "guard.agreedWithinAbsence";
    public const string ClosedWithinAbsence = "guard.closedWithinAbsence";
    public const string RequestedWithinAbsence = "guard.requestedWithinAbsence";
    public const string AskedWithinAbsence = "guard.askedWithinAbsence";
    public const string MadeWithinAbsence = "guard.madeWithinAbsence";
    public const string NotifiedWithinAbsence = "guard.notifiedWithinAbsence";
    public const string ReturnedWithinOpenAbsence = "guard.returnedWithinOpenAbsence";
    public const string GradualReturnWithinOpenAbsence = "guard.gradualReturnWithinOpenAbsence";
    public const string NoCareContactYet = "guard.noCareContactYet";
    public const string FirstConversationDeadlinePassed = "guard.firstConversationDeadlinePassed";
    public const string AbsenceOpen = "guard.absenceOpen";
    public const string CloseReason = "guard.closeReason";
    public const string CompleteMeasures = "guard.completeMeasures";

    /// <summary>Args: days.</summary>
    public const string ClosedRecently = "guard.closedRecently";

    /// <summary>Args: days.</summary>
    public const string Relapse = "guard.relapse";

    public const string LongAbsence = "guard.longAbsence";
    public const string LongAbsenceOrAsked = "guard.longAbsenceOrAsked";
    public const string NotRequestedBefore = "guard.notRequestedBefore";
    public const string NotAskedBefore = "guard.notAskedBefore";
    public const string OpenForFourWeeks = "guard.openForFourWeeks";
    public const string PassedEmployerPeriod = "guard.passedEmployerPeriod";
    public const string NotNotifiedBefore = "guard.notNotifiedBefore";
    public const string DocumentationAwaited = "guard.documentationAwaited";
}
