namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>The request is invalid; the errors are keyed by the camelCase path of the field, as the API names it.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, IReadOnlyList<MessageCode>> errors)
    : Exception("One or more fields are invalid: " + string.Join("; ", errors.Select(error => $"{error.Key} {string.Join(", ", error.Value)}")))
{
    public RequestValidationException(string field, string code, params (string Name, object Value)[] args)
        : this(new Dictionary<string, IReadOnlyList<MessageCode>> { [field] = [new MessageCode(code, args)] })
    {
    }

    public IReadOnlyDictionary<string, IReadOnlyList<MessageCode>> Errors { get; } = errors;
}
