namespace AbsenceCases.Application.Common.Validation;

/// <summary>
/// The longest text each kind of field takes, for the validators, the imports, the forms' maxlength and the OpenAPI
/// document alike; the database columns have the same lengths.
/// </summary>
public static class TextLimits
{
    /// <summary>Notes, reasons and outcomes.</summary>
    public const int Note = 2000;

    public const int MeasureDescription = 500;

    public const int InitiativeDescription = 1000;

    public const int RetentionPlan = 4000;

    /// <summary>The name of a person, a unit or a group.</summary>
    public const int Name = 200;

    /// <summary>A review's attendees together, one a line.</summary>
    public const int Attendees = 4000;

    /// <summary>Employee numbers, the payroll's employment numbers and unit codes.</summary>
    public const int Code = 50;

    public const int StaffGroup = 100;

    /// <summary>A dimension of a wellbeing measurement, such as "Tillid".</summary>
    public const int Dimension = 100;

    public const int Search = 100;

    /// <summary>An amount in kroner as a form takes it, in the page's number format ("100.000,00").</summary>
    public const int Amount = 12;

    public const int Email = 256;

    public const int Password = 128;

    /// <summary>An authenticator app's code or a recovery code, with the spaces and dashes people type.</summary>
    public const int SignInCode = 20;

    public const int UserId = 450;
}
