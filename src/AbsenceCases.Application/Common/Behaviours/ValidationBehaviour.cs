using System.Text.Json;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>Runs the request's FluentValidation validators; any failure answers 400 with coded errors per field.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var results = await Task.WhenAll(validators.Select(v => v.ValidateAsync(context, cancellationToken)));
        var errors = results
            .SelectMany(r => r.Errors)
            .GroupBy(failure => FieldPath(failure.PropertyName), CodeOf)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<MessageCode>)group.DistinctBy(message => message.ToString()).ToList());
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return await next();
    }

    /// <summary>The rule's code (<see cref="CodedRules"/>); a rule that gave none is a required field or an invalid one.</summary>
    private static MessageCode CodeOf(FluentValidation.Results.ValidationFailure failure) =>
        failure.CustomState as MessageCode
        ?? new MessageCode(failure.ErrorCode is "NotNullValidator" or "NotEmptyValidator" ? FieldCodes.Required : FieldCodes.Invalid);

    /// <summary>"Measures[0].FollowUpOn" becomes "measures[0].followUpOn", the name the JSON body uses.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
