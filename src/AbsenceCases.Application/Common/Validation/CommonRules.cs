namespace AbsenceCases.Application.Common.Validation;

/// <summary>Rules that many requests share, with their codes in one place.</summary>
public static class CommonRules
{
    public static IRuleBuilderOptions<T, DateOnly?> RequiredNotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, MunicipalClock clock) =>
        rule.NotNull().WithCode(FieldCodes.Required)
            .Must(day => day is null || day <= clock.Today).WithCode(FieldCodes.InFuture);

    /// <summary>The ids of a look-up: required, and at most <paramref name="max"/> of them.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TId>?> RequiredIds<T, TId>(this IRuleBuilder<T, IReadOnlyList<TId>?> rule, int max) =>
        rule.NotNull().WithCode(FieldCodes.Required)
            .Must(ids => ids is null || ids.Count <= max).WithCode(FieldCodes.TooMany, ("max", max));

    /// <summary>A note, a reason or an outcome: free text of several lines, never a diagnosis.</summary>
    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) => rule.MultiLineText(TextLimits.Note);

    /// <summary>A name, a code or an id: one line of at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithCode(FieldCodes.TooLong, ("max", maxLength)).PlainText(TextShape.SingleLine);

    /// <summary>Free text of several lines, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithCode(FieldCodes.TooLong, ("max", maxLength)).PlainText(TextShape.MultiLine);

    private static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, TextShape shape)
    {
        var code = shape == TextShape.SingleLine ? FieldCodes.NotSingleLine : FieldCodes.ControlCharacters;
        return rule.SetValidator(new PlainTextValidator<T>(shape))
            .WithCode(code, (_, text) => new MessageCode(code, ("found", Validation.PlainText.FirstRefused(text ?? string.Empty, shape) ?? string.Empty)));
    }

    public static IRuleBuilderOptions<T, TEnum?> RequiredEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithCode(FieldCodes.Required)
            .Must(value => value is null || Enum.IsDefined(value.Value))
            .WithCode(FieldCodes.NotOneOf, ("values", Enum.GetNames<TEnum>()));
}
