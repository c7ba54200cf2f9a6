using AbsenceCases.Application.Administration;
using AbsenceCases.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's refusals as message codes, with the limits of the configured password rules.</summary>
public static class IdentityRefusals
{
    public static MessageCode ToMessage(this IdentityError error, IdentityOptions options) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new(AdministrationCodes.PasswordTooShort, ("min", options.Password.RequiredLength)),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
            new(AdministrationCodes.PasswordTooFewUniqueCharacters, ("min", options.Password.RequiredUniqueChars)),
        nameof(IdentityErrorDescriber.InvalidEmail) => new(AdministrationCodes.EmailInvalid),
        nameof(IdentityErrorDescriber.InvalidUserName) => new(AdministrationCodes.UserNameInvalid),
        nameof(IdentityErrorDescriber.PasswordMismatch) => new(AdministrationCodes.PasswordMismatch),
        _ => new(AdministrationCodes.PasswordRefused),
    };

    /// <summary>The refusals keyed by the request's field they concern.</summary>
    public static Dictionary<string, IReadOnlyList<MessageCode>> ByField(
        this IEnumerable<IdentityError> errors, IdentityOptions options, Func<IdentityError, string> field) =>
        errors.GroupBy(field, error => error.ToMessage(options))
            .ToDictionary(group => group.Key, group => (IReadOnlyList<MessageCode>)group.ToList());
}
