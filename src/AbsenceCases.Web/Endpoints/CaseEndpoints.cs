using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Web.Infrastructure;

namespace AbsenceCases.Web.Endpoints;

public static class CaseEndpoints
{
    public const string Route = "/api/cases";

    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup(Route).WithTags("Cases");
        cases.MapGet("/", ListCases).WithName("ListCases");
        cases.MapGet("/{id:guid}", GetCase).WithName("GetCase");
        MapAction<RecordCareContact>(cases, "care-contact");
        MapAction<NotifyMunicipality>(cases, "municipality-notification");
        MapAction<RequestFastTrack>(cases, "fast-track");
        MapAction<RecordRetentionPlanRequest>(cases, "retention-plan-request");
        MapAction<MakeRetentionPlan>(cases, "retention-plan");
        MapAction<HoldRoundTableMeeting>(cases, "round-table");
        MapAction<RequestPossibilityStatement>(cases, "possibility-statement");
        MapAction<RequestDocumentation>(cases, "documentation-requests");
        cases.MapCaseAction<RecordDocumentationReceived>(HttpMethods.Post, "documentation-requests/{requestId:int}/received",
            (command, context) => command with { RequestId = RouteNumber(context, "requestId") });
        MapAction<HoldFirstConversation>(cases, "first-conversation");
        MapAction<StartCoordination>(cases, "coordination");
        MapAction<AgreePreventionPlan>(cases, "prevention-plan");
        MapAction<RegisterGradualReturn>(cases, "gradual-return");
        MapAction<RegisterReturn>(cases, "return");
        MapAction<CloseCase>(cases, "close");
        MapAction<ReopenCase>(cases, "reopen");
    }

    private static Task<CaseList> ListCases(
        IMediator sender, CancellationToken cancellationToken, CaseStatus? status, int? unitId, bool? overdue, int page = 1, int pageSize = 50) =>
        sender.Send(new ListCases(status, unitId, overdue, page, pageSize), cancellationToken);

    private static async Task<Ok<CaseDetails>> GetCase(Guid id, IMediator sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var details = await sender.Send(new GetCase(id), cancellationToken);
        ETags.Write(response, details.Version);
        return TypedResults.Ok(details);
    }

    public static int RouteNumber(HttpContext context, string name) =>
        int.Parse((string)context.GetRouteValue(name)!, CultureInfo.InvariantCulture);

    /// <summary>Each action is a POST to /api/cases/{id}/{action}; it may carry If-Match and answers with the new ETag.</summary>
    private static void MapAction<TCommand>(RouteGroupBuilder cases, string action)
        where TCommand : CaseCommand =>
        cases.MapCaseAction<TCommand>(HttpMethods.Post, action, (command, _) => command);

    /// <summary>Maps an action on a case: the route's case id and the If-Match version complete the command from the body.</summary>
    public static RouteHandlerBuilder MapCaseAction<TCommand>(
        this RouteGroupBuilder cases, string method, string route, Func<TCommand, HttpContext, TCommand> complete)
        where TCommand : CaseCommand =>
        cases.MapMethods($"/{{id:guid}}/{route}", [method], async (Guid id, TCommand body, HttpContext context, IMediator sender) =>
            {
                var command = complete(body, context) with { CaseId = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) };
                var result = await sender.Send(command, context.RequestAborted);
                ETags.Write(context.Response, result.Version);
                return TypedResults.Ok(result);
            })
            .WithName(typeof(TCommand).Name)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
