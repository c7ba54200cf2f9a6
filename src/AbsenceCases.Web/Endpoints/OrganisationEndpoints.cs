using AbsenceCases.Application.Absences;

namespace AbsenceCases.Web.Endpoints;

public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/units", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListUnits(), cancellationToken))
            .WithTags("Organisation").WithName("ListUnits");
        app.MapGet("/api/employees", (IMediator sender, CancellationToken cancellationToken, int? unitId, string? search, int page = 1, int pageSize = 50) =>
                sender.Send(new ListEmployees(unitId, search, page, pageSize), cancellationToken))
            .WithTags("Organisation").WithName("ListEmployees");
        app.MapGet("/api/employees/{id:int}", (int id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetEmployee(id), cancellationToken))
            .WithTags("Organisation").WithName("GetEmployee")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/employees/{id:int}/section56-agreements", (int id, RegisterSection56Agreement body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { EmployeeId = id }, cancellationToken))
            .WithTags("Organisation").WithName("RegisterSection56Agreement")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost(
                "/api/employees/{id:int}/section56-agreements/{agreementId:int}/end",
                (int id, int agreementId, EndSection56Agreement body, IMediator sender, CancellationToken cancellationToken) =>
                    sender.Send(body with { EmployeeId = id, AgreementId = agreementId }, cancellationToken))
            .WithTags("Organisation").WithName("EndSection56Agreement")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
