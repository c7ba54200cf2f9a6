using System.Text.Json;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>Runs the request's FluentValidation validators; any failure answers 400 with errors per field.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var results = await Task.WhenAll(validators.Select(v => v.ValidateAsync(context, cancellationToken)));
        var errors = results
            .SelectMany(r => r.Errors)
            .GroupBy(failure => FieldPath(failure.PropertyName), failure => failure.ErrorMessage)
            .ToDictionary(group => group.Key, group => group.Distinct().ToArray());
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return await next();
    }

    /// <summary>"Measures[0].FollowUpOn" becomes "measures[0].followUpOn", the name the JSON body uses.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
