namespace AbsenceCases.Domain.Tests.Support;

/// <summary>
/// The codes of the guards of the design table (DESIGN.md section 2) and of the date guards every action carries.
/// They are what a refused action names, what the workflow's description lists and what the DOT graph shows.
/// </summary>
internal static class Guards
{
    public const string CareContactWithinAbsence = "guard.onOrAfterFirstDay";
    public const string NoCareContactYet = "guard.noCareContactYet";
    public const string HeldWithinAbsence = "guard.heldWithinAbsence";
    public const string DeadlinePassed = "guard.firstConversationDeadlinePassed";
    public const string StartedWithinAbsence = "guard.startedWithinAbsence";
    public const string CompleteMeasure = "guard.completeMeasures";
    public const string AgreedWithinAbsence = "guard.agreedWithinAbsence";
    public const string AbsenceOpen = "guard.absenceOpen";
    public const string ReturnedWithinAbsence = "guard.returnedWithinOpenAbsence";
    public const string GradualReturnWithinAbsence = "guard.gradualReturnWithinOpenAbsence";
    public const string CloseReason = "guard.closeReason";
    public const string ClosedWithinAbsence = "guard.closedWithinAbsence";
    public const string ClosedRecently = "guard.closedRecently";
    public const string Relapse = "guard.relapse";
    public const string PassedEmployerPeriod = "guard.passedEmployerPeriod";
    public const string NotNotifiedBefore = "guard.notNotifiedBefore";
    public const string NotifiedWithinAbsence = "guard.notifiedWithinAbsence";
    public const string LongAbsence = "guard.longAbsence";
    public const string NotRequestedBefore = "guard.notRequestedBefore";
    public const string RequestedWithinAbsence = "guard.requestedWithinAbsence";
    public const string LongAbsenceOrAsked = "guard.longAbsenceOrAsked";
    public const string MadeWithinAbsence = "guard.madeWithinAbsence";
    public const string NotAskedForAPlanBefore = "guard.notAskedBefore";
    public const string AskedWithinAbsence = "guard.askedWithinAbsence";
    public const string OpenForFourWeeks = "guard.openForFourWeeks";
}
