using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
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

    /// <summary>The seconds a caller is asked to wait before sending a request again that found the database busy.</summary>
    public const int BusyRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception, httpContext.Request, RequestLanguage.TextsFor(httpContext));
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

    private ProblemDetails ToProblem(Exception exception, HttpRequest request, UiTexts texts) => exception switch
    {
        RequestValidationException validation => Validation(validation.Errors, texts),
        ImportFailedException import => ImportFailed(import, texts),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", tooLarge.Message),
        BadHttpRequestException badRequest => Validation(FieldErrorsOf(badRequest), texts),
        UnauthenticatedException refusal => Refused(StatusCodes.Status401Unauthorized, "Unauthorized", refusal.Refusal, texts),
        ForbiddenAccessException refusal => Refused(StatusCodes.Status403Forbidden, "Forbidden", refusal.Refusal, texts),
        NotFoundException refusal => Refused(StatusCodes.Status404NotFound, "Not found", refusal.Refusal, texts),
        InvalidTransitionException transition => InvalidTransition(transition, request.HttpContext.User, texts),
        RefusedFieldException refused => OnField(ToProblem(refused.Refusal, request, texts), refused.Field, refused.Refusal.Refusal),
        ConflictException or DomainException => Refused(
            StatusCodes.Status409Conflict, "Conflict", ((RefusalException)exception).Refusal, texts, ConflictType),
        TooManySignInAttemptsException => Problem(StatusCodes.Status429TooManyRequests, "Too many requests", exception.Message),
        PreconditionFailedException stale => Refused(StatusCodes.Status412PreconditionFailed, "Precondition failed", stale.Refusal, texts),
        DbUpdateConcurrencyException => ChangedMeanwhile(request, texts),
        DatabaseBusyException busy => Busy(busy.Refusal, texts),
        _ when database.IsUniqueViolation(exception) => Refused(
            StatusCodes.Status409Conflict, "Conflict", new MessageCode(RefusalCodes.Conflict.StoredMeanwhile), texts, ConflictType),
        _ when database.IsBusy(exception) => Busy(new MessageCode(RefusalCodes.Conflict.DatabaseBusy), texts),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", null),
    };

    /// <summary>Someone else saved the data between our read and our write: a stale precondition if the caller gave one, else a conflict.</summary>
    private static ProblemDetails ChangedMeanwhile(HttpRequest request, UiTexts texts) =>
        request.Headers.IfMatch.Count > 0
            ? Refused(StatusCodes.Status412PreconditionFailed, "Precondition failed", new MessageCode(RefusalCodes.Conflict.Stale), texts)
            : Refused(StatusCodes.Status409Conflict, "Conflict", new MessageCode(RefusalCodes.Conflict.ChangedMeanwhile), texts, ConflictType);

    private static ProblemDetails Busy(MessageCode refusal, UiTexts texts) =>
        Refused(StatusCodes.Status503ServiceUnavailable, "Database busy", refusal, texts, DatabaseBusyType);

    private static ProblemDetails Problem(int status, string title, string? detail, string? type = null) =>
        new() { Status = status, Title = title, Detail = detail, Type = type };

    /// <summary>A refusal of the whole request: its text in the request's language, and its code.</summary>
    private static ProblemDetails Refused(int status, string title, MessageCode refusal, UiTexts texts, string? type = null)
    {
        var problem = Problem(status, title, texts.Message(refusal), type);
        problem.Extensions["codes"] = new[] { new ProblemCode(null, refusal) };
        return problem;
    }

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, IReadOnlyList<MessageCode>> errors, UiTexts texts)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.Select(texts.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        };
        problem.Extensions["codes"] = errors.SelectMany(e => e.Value.Select(message => new ProblemCode(e.Key, message))).ToList();
        return problem;
    }

    private static ProblemDetails ImportFailed(ImportFailedException import, UiTexts texts)
    {
        var problem = Problem(StatusCodes.Status400BadRequest, "The file was rejected; nothing was imported.", texts.Message(import.Refusal));
        problem.Extensions["errors"] = import.Errors.Select(error => new ImportErrorDto(
            error.Line, error.Column, error.Reason.Code, error.Reason.Args, texts.Message(error.Reason))).ToList();
        return problem;
    }

    /// <summary>A refusal caused by one field of the request: its codes name the field.</summary>
    private static ProblemDetails OnField(ProblemDetails problem, string field, MessageCode refusal)
    {
        problem.Extensions["codes"] = new[] { new ProblemCode(field, refusal) };
        return problem;
    }

    /// <summary>The refused transition, with the actions the workflow permits now that the caller may take.</summary>
    private static ProblemDetails InvalidTransition(InvalidTransitionException transition, ClaimsPrincipal user, UiTexts texts)
    {
        var problem = Refused(StatusCodes.Status409Conflict, "Invalid transition", transition.Refusal, texts, InvalidTransitionType);
        problem.Extensions["state"] = transition.State.ToString();
        problem.Extensions["trigger"] = transition.Trigger.ToString();
        problem.Extensions["permittedActions"] = transition.PermittedTriggers.PermittedFor(user.IsInRole)
            .Select(trigger => trigger.ToString()).ToList();
        problem.Extensions["unmetGuards"] = transition.UnmetGuards.Select(texts.Message).ToList();
        problem.Extensions["unmetGuardCodes"] = transition.UnmetGuards.Select(guard => new ProblemCode(null, guard)).ToList();
        return problem;
    }

    /// <summary>Names the field of a body, route or query value that could not be read.</summary>
    private static Dictionary<string, IReadOnlyList<MessageCode>> FieldErrorsOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path } value)
        {
            var field = path.TrimStart('$', '.');
            return new() { [field.Length == 0 ? "body" : field] = [new(IsInvalidUtf8(value) ? FieldCodes.InvalidUtf8 : FieldCodes.Invalid)] };
        }

        if (exception.InnerException is JsonException json)
        {
            return new() { ["body"] = [new(FieldCodes.UnreadableBody, ("reason", json.Message.Split(" Path:")[0]))] };
        }

        var parameter = ParameterName().Match(exception.Message);
        return parameter.Success
            ? new() { [parameter.Groups["name"].Value] = [new(FieldCodes.UnreadableValue, ("value", parameter.Groups["value"].Value))] }
            : new() { ["body"] = [new(FieldCodes.UnreadableBody, ("reason", exception.Message))] };
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
