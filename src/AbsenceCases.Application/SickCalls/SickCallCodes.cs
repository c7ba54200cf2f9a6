namespace AbsenceCases.Application.SickCalls;

/// <summary>Why a sick call is refused.</summary>
[MessageCodes]
public static class SickCallCodes
{
    public const string GiveEmployee = "sickCall.giveEmployee";
    public const string GiveOneEmployee = "sickCall.giveOneEmployee";
    public const string TooFarBack = "sickCall.tooFarBack";
    public const string ReturnAfterFirstDay = "sickCall.returnAfterFirstDay";
    public const string NotEmployedOnDay = "sickCall.notEmployedOnDay";
    public const string AlreadyAbsent = "sickCall.alreadyAbsent";
    public const string AlreadyAbsentStill = "sickCall.alreadyAbsentStill";
}
