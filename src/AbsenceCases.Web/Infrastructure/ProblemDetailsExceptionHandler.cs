using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Common;
using AbsenceCases.Domain.Workflow;
using Microsoft.AspNetCore.Diagnostics;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// The one place where failures become RFC 9457 problem details: bad input 400 with errors per field,
/// 401, 403 outside scope, 404, 409 invalid transition (with the permitted actions) or conflict, 412 stale If-Match.
/// Anything else is a 500 without details.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string InvalidTransitionType = "https://absencecases.dk/problems/invalid-transition";
    public const string ConflictType = "https://absencecases.dk/problems/conflict";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException validation => Validation(validation.Errors),
        ImportFailedException import => ImportFailed(import),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", tooLarge.Message),
        BadHttpRequestException badRequest => Validation(FieldErrorsOf(badRequest)),
        UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", exception.Message),
        ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        InvalidTransitionException transition => InvalidTransition(transition),
        ConflictException or DomainException => Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message, ConflictType),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", null),
    };

    private static ProblemDetails Problem(int status, string title, string? detail, string? type = null) =>
        new() { Status = status, Title = title, Detail = detail, Type = type };

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        };

    private static ProblemDetails ImportFailed(ImportFailedException import)
    {
        var problem = Problem(StatusCodes.Status400BadRequest, "The file was rejected; nothing was imported.", import.Message);
        problem.Extensions["errors"] = import.Errors;
        return problem;
    }

    private static ProblemDetails InvalidTransition(InvalidTransitionException transition)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Invalid transition", transition.Message, InvalidTransitionType);
        problem.Extensions["state"] = transition.State;
        problem.Extensions["trigger"] = transition.Trigger;
        problem.Extensions["permittedActions"] = transition.PermittedTriggers;
        problem.Extensions["unmetGuards"] = transition.UnmetGuards;
        return problem;
    }

    /// <summary>Names the field of a body, route or query value that could not be read.</summary>
    private static Dictionary<string, string[]> FieldErrorsOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path } value)
        {
            var field = path.TrimStart('$', '.');
            return new() { [field.Length == 0 ? "body" : field] = [IsInvalidUtf8(value) ? "Must be valid UTF-8 text." : "The value is not valid for this field."] };
        }

        if (exception.InnerException is JsonException json)
        {
            return new() { ["body"] = [$"The body is not valid JSON: {json.Message.Split(" Path:")[0]}"] };
        }

        var parameter = ParameterName().Match(exception.Message);
        return parameter.Success
            ? new() { [parameter.Groups["name"].Value] = [$"'{parameter.Groups["value"].Value}' is not a valid value."] }
            : new() { ["body"] = [exception.Message] };
    }

    private static bool IsInvalidUtf8(Exception exception) =>
        exception is DecoderFallbackException || (exception.InnerException is { } inner && IsInvalidUtf8(inner));

    [GeneratedRegex("""Failed to bind parameter "[^"]*? (?<name>\w+)" from "(?<value>[^"]*)".""")]
    private static partial Regex ParameterName();
}
