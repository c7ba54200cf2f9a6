using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.SickCalls;

namespace AbsenceCases.Web.Endpoints;

public static class SickCallEndpoints
{
    public const int MaxIdempotencyKeyLength = 200;

    public static void MapSickCallEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/sick-calls", Register)
            .WithTags("Sick calls")
            .WithName("RegisterSickCall")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<SickCallRegistered>> Register(
        RegisterSickCall body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator sender, CancellationToken cancellationToken)
    {
        if (idempotencyKey?.Length > MaxIdempotencyKeyLength)
        {
            throw new RequestValidationException("Idempotency-Key", FieldCodes.TooLong, ("max", MaxIdempotencyKeyLength));
        }

        var result = await sender.Send(body with { IdempotencyKey = idempotencyKey }, cancellationToken);
        return TypedResults.Created($"/api/cases/{result.CaseId}", result);
    }
}
