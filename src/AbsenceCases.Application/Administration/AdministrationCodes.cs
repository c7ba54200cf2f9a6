namespace AbsenceCases.Application.Administration;

/// <summary>Why a user account cannot be created or changed as asked.</summary>
[MessageCodes]
public static class AdministrationCodes
{
    public const string EmailTaken = "user.emailTaken";
    public const string SelfLockout = "user.selfLockout";
    public const string ManagerOnlyUnits = "user.managerOnlyUnits";
    public const string EmployeeOnlyNumber = "user.employeeOnlyNumber";
    public const string PasswordTooShort = "user.passwordTooShort";
    public const string PasswordTooFewUniqueCharacters = "user.passwordTooFewUniqueCharacters";
    public const string EmailInvalid = "user.emailInvalid";
    public const string UserNameInvalid = "user.userNameInvalid";
    public const string PasswordRefused = "user.passwordRefused";
    public const string PasswordMismatch = "user.passwordMismatch";
}
