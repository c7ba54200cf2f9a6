namespace AbsenceCases.Application.GoodExamples;

/// <summary>Why a good example is refused.</summary>
[MessageCodes]
public static class GoodExampleCodes
{
    public const string OneSource = "goodExample.oneSource";
    public const string NotBegun = "goodExample.notBegun";
    public const string NotPublished = "goodExample.notPublished";
    public const string NoFollowUp = "goodExample.noFollowUp";
    public const string NoMonthsAfter = "goodExample.noMonthsAfter";
    public const string TooFewEmployees = "goodExample.tooFewEmployees";
    public const string AlreadyMarked = "goodExample.alreadyMarked";
}
