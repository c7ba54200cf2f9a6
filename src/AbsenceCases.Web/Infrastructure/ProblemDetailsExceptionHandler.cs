using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Common;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Sessions.RateLimits;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// The one place where failures become RFC 9457 problem details: bad input 400 with errors per field,
/// 401, 403 outside scope, 404, 409 invalid transition (with the permitted actions), conflict or a row a unique index
/// refused because another request stored it first, 412 stale If-Match, 429 with Retry-After for too many sign-in attempts, 503 with Retry-After when the database is busy. Anything else is a 500 without details. Every answer carries the
/// request's trace id, and every 5xx is logged with it.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, IDatabaseErrors database, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public const string InvalidTransitionType = "https://absencecases.dk/problems/invalid-transition";
    public const string ConflictType = "https://absencecases.dk/problems/conflict";
    public const string DatabaseBusyType = "https://absencecases.dk/problems/database-busy";

    public const string StoredMeanwhileDetail = "Another request stored the same at the same time. Read the data again and retry.";

    /// <summary>The seconds a caller is asked to wait before sending a request again that found the database busy.</summary>
    public const int BusyRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception, httpContext.Request);
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        problem.Extensions["traceId"] = traceId;
        httpContext.Response.StatusCode = status;
        if (exception is TooManySignInAttemptsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = tooMany.RetryAfterHeader;
        }
        else if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = BusyRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            LogBusy(logger, exception, httpContext.Request.Method, httpContext.Request.Path, traceId);
        }
        else if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, status, httpContext.Request.Method, httpContext.Request.Path, traceId);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails ToProblem(Exception exception, HttpRequest request) => exception switch
    {
        RequestValidationException validation => Validation(validation.Errors),
        ImportFailedException import => ImportFailed(import),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", tooLarge.Message),
        BadHttpRequestException badRequest => Validation(FieldErrorsOf(badRequest)),
        UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", exception.Message),
        ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        InvalidTransitionException transition => InvalidTransition(transition, request.HttpContext),
        DomainException refusal => Problem(
            StatusCodes.Status409Conflict, "Conflict", RequestLanguage.TextsFor(request.HttpContext).Message(refusal.Refusal), ConflictType),
        ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message, ConflictType),
        TooManySignInAttemptsException => Problem(StatusCodes.Status429TooManyRequests, "Too many requests", exception.Message),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Message),
        DbUpdateConcurrencyException => ChangedMeanwhile(request),
        _ when database.IsUniqueViolation(exception) => Problem(
            StatusCodes.Status409Conflict, "Conflict", StoredMeanwhileDetail, ConflictType),
        _ when database.IsBusy(exception) => Problem(
            StatusCodes.Status503ServiceUnavailable, "Database busy", "The database is busy. Send the request again in a moment.", DatabaseBusyType),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", null),
    };

    /// <summary>Someone else saved the data between our read and our write: a stale precondition if the caller gave one, else a conflict.</summary>
    private static ProblemDetails ChangedMeanwhile(HttpRequest request) =>
        request.Headers.IfMatch.Count > 0
            ? Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", "The data has changed since you read it. Read it again and retry.")
            : Problem(StatusCodes.Status409Conflict, "Conflict", "Someone else changed the data at the same time. Read it again and retry.", ConflictType);

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

    /// <summary>The refused transition, with the actions the workflow permits now that the caller may take.</summary>
    private static ProblemDetails InvalidTransition(InvalidTransitionException transition, HttpContext context)
    {
        var texts = RequestLanguage.TextsFor(context);
        var problem = Problem(StatusCodes.Status409Conflict, "Invalid transition", texts.Message(transition.Refusal), InvalidTransitionType);
        problem.Extensions["state"] = transition.State.ToString();
        problem.Extensions["trigger"] = transition.Trigger.ToString();
        problem.Extensions["permittedActions"] = transition.PermittedTriggers.PermittedFor(context.User.IsInRole)
            .Select(trigger => trigger.ToString()).ToList();
        problem.Extensions["unmetGuards"] = transition.UnmetGuards.Select(texts.Message).ToList();
        problem.Extensions["unmetGuardCodes"] = transition.UnmetGuards.Select(guard => new { code = guard.Code, args = guard.Args }).ToList();
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database was busy: answered 503 to {Method} {Path}, trace id {TraceId}")]
    private static partial void LogBusy(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception: answered {Status} to {Method} {Path}, trace id {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, int status, string method, string path, string traceId);

    [GeneratedRegex("""Failed to bind parameter "[^"]*? (?<name>\w+)" from "(?<value>[^"]*)".""")]
    private static partial Regex ParameterName();
}
