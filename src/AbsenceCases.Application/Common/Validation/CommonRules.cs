using AbsenceCases.Application.Common.Time;

namespace AbsenceCases.Application.Common.Validation;

/// <summary>Rules that many requests share, with their messages in one place.</summary>
public static class CommonRules
{
    public static IRuleBuilderOptions<T, DateOnly?> RequiredNotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, MunicipalClock clock) =>
        rule.NotNull().WithMessage("Required.")
            .Must(day => day is null || day <= clock.Today).WithMessage("Must not be in the future.");

    /// <summary>A note, a reason or an outcome: free text of several lines, never a diagnosis.</summary>
    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) => rule.MultiLineText(TextLimits.Note);

    /// <summary>A name, a code or an id: one line of at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.")
            .SetValidator(new PlainTextValidator<T>(TextShape.SingleLine));

    /// <summary>Free text of several lines, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.")
            .SetValidator(new PlainTextValidator<T>(TextShape.MultiLine));

    public static IRuleBuilderOptions<T, TEnum?> RequiredEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage("Required.")
            .Must(value => value is null || Enum.IsDefined(value.Value))
            .WithMessage($"Must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
