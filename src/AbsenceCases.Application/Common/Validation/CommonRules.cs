using AbsenceCases.Application.Common.Time;

namespace AbsenceCases.Application.Common.Validation;

/// <summary>Rules that many requests share, with their messages in one place.</summary>
public static class CommonRules
{
    public const int NoteMaxLength = 2000;

    public static IRuleBuilderOptions<T, DateOnly?> RequiredNotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, MunicipalClock clock) =>
        rule.NotNull().WithMessage("Required.")
            .Must(day => day is null || day <= clock.Today).WithMessage("Must not be in the future.");

    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(NoteMaxLength).WithMessage($"At most {NoteMaxLength} characters.");

    public static IRuleBuilderOptions<T, TEnum?> RequiredEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage("Required.")
            .Must(value => value is null || Enum.IsDefined(value.Value))
            .WithMessage($"Must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
