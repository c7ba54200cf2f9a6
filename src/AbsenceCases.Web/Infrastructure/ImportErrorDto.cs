namespace AbsenceCases.Web.Infrastructure;

/// <summary>One bad row of a rejected import as the API reports it: where, the code and its arguments, and the text in the request's language.</summary>
public sealed record ImportErrorDto(int Line, string Column, string Code, IReadOnlyDictionary<string, object> Args, string Message);
