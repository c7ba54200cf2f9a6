namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>
/// A domain refusal caused by one field of the request, e.g. the decision of a review's third item
/// (<c>items[2].decision</c>): the API answers as for the refusal and names the field, a form marks it.
/// </summary>
public sealed class RefusedFieldException(string field, DomainException refusal) : Exception($"{field}: {refusal.Message}", refusal)
{
    /// <summary>The camelCase path of the field, as the API names it.</summary>
    public string Field { get; } = field;

    public DomainException Refusal { get; } = refusal;
}
