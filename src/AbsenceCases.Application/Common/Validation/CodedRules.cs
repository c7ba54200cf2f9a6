namespace AbsenceCases.Application.Common.Validation;

/// <summary>Gives a rule its message code; the validation behaviour reports the code with its arguments.</summary>
public static class CodedRules
{
    public static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, params (string Name, object Value)[] args)
    {
        var message = new MessageCode(code, args);
        return rule.WithErrorCode(code).WithState(_ => message);
    }

    public static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, TProperty, MessageCode> message) =>
        rule.WithErrorCode(code).WithState((instance, value) => message(instance, value));
}
