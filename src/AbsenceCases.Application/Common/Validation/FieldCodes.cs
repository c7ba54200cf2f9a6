namespace AbsenceCases.Application.Common.Validation;

/// <summary>What is wrong with a field, whatever the request.</summary>
[MessageCodes]
public static class FieldCodes
{
    public const string Required = "field.required";
    public const string Invalid = "field.invalid";
    public const string InFuture = "field.inFuture";
    public const string InPast = "field.inPast";
    public const string TooLong = "field.tooLong";
    public const string TooLongTogether = "field.tooLongTogether";
    public const string NotSingleLine = "field.notSingleLine";
    public const string ControlCharacters = "field.controlCharacters";
    public const string OutOfRange = "field.outOfRange";
    public const string BelowOne = "field.belowOne";
    public const string NotOneOf = "field.notOneOf";
    public const string TooMany = "field.tooMany";
    public const string NotAnEmail = "field.notAnEmail";
    public const string InvalidUtf8 = "field.invalidUtf8";
    public const string NotAMonth = "field.notAMonth";
    public const string StaleETag = "field.staleETag";
    public const string UnreadableValue = "field.unreadableValue";
    public const string UnreadableBody = "field.unreadableBody";
    public const string BeforeFrom = "field.beforeFrom";
    public const string UnknownUnit = "field.unknownUnit";
    public const string UnknownUnits = "field.unknownUnits";
    public const string UnknownUser = "field.unknownUser";
    public const string UnknownCase = "field.unknownCase";
    public const string UnknownEmployee = "field.unknownEmployee";
    public const string UnknownMeasurement = "field.unknownMeasurement";
    public const string UnknownInitiative = "field.unknownInitiative";
}
