namespace AbsenceCases.Domain.Tests.Support;

/// <summary>
/// The guard descriptions of the case workflow as the design table (DESIGN.md section 2) words them, and the
/// date guards every action carries. They are what a refused action names and what the DOT graph shows.
/// </summary>
internal static class Guards
{
    public const string CareContactWithinAbsence = "on or after the first sick day, not in the future";
    public const string NoCareContactYet = "a sick-call case without care contact yet";
    public const string HeldWithinAbsence = "held on or after the first sick day, not in the future";
    public const string DeadlinePassed = "the first-conversation deadline has passed, or kind is FrequentAbsence";
    public const string StartedWithinAbsence = "started on or after the first sick day, not in the future";
    public const string CompleteMeasure = "at least one measure, each with a responsible person and a follow-up date";
    public const string AgreedWithinAbsence = "agreed on or after the first sick day, not in the future";
    public const string AbsenceOpen = "an absence is open";
    public const string ReturnedWithinAbsence = "returned on or after the first day of the open absence, not in the future";
    public const string CloseReason = "a close reason; ReturnedToWork needs a return date on or after the first day";
    public const string ClosedWithinAbsence = "closed on or after the first sick day, not in the future";
    public const string ClosedRecently = "closed no more than 30 days ago";
    public const string Relapse = "within 30 days of closing (relapse)";
    public const string PassedEmployerPeriod = "the absence passed the employer period";
    public const string NotNotifiedBefore = "not notified before";
    public const string NotifiedWithinAbsence = "notified on or after the first sick day, not in the future";
    public const string LongAbsence = "the expected return is later than 8 weeks";
    public const string NotRequestedBefore = "not requested before";
    public const string RequestedWithinAbsence = "requested on or after the first sick day, not in the future";
    public const string LongAbsenceOrAsked = "the expected return is later than 8 weeks, or the employee asked for a plan";
    public const string MadeWithinAbsence = "made on or after the first sick day, not in the future";
    public const string NotAskedForAPlanBefore = "the employee has not asked for a plan before";
    public const string AskedWithinAbsence = "asked on or after the first sick day, not in the future";
    public const string OpenForFourWeeks = "the absence is open and has lasted 4 weeks";
}
