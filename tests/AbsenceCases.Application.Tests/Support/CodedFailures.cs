using System.Collections;
using AbsenceCases.Domain.Common;
using FluentValidation.TestHelper;

namespace AbsenceCases.Application.Tests.Support;

/// <summary>Asserts a validation failure by its message code and arguments, as the API reports it.</summary>
public static class CodedFailures
{
    public static ITestValidationWith WithMessageCode(this ITestValidationContinuation failures, string code, params (string Name, object Value)[] args) =>
        failures.When(
            failure => failure.CustomState is MessageCode message && message.Code == code &&
                       args.All(arg => message.Args.TryGetValue(arg.Name, out var value) && Text(value) == Text(arg.Value)),
            $"Expected the code {new MessageCode(code, args)}; found {string.Join("; ", failures.Select(failure => failure.CustomState))}.");

    private static string Text(object value) =>
        value is IEnumerable many and not string ? string.Join(",", many.Cast<object>()) : value.ToString() ?? string.Empty;
}
