using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Organisation.ContactPersons;

namespace AbsenceCases.Web.Endpoints;

public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/units", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListUnits(), cancellationToken))
            .WithTags("Organisation").WithName("ListUnits");
        app.MapGet("/api/units/contact-persons", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListContactPersons(), cancellationToken))
            .WithTags("Organisation").WithName("ListContactPersons");
        app.MapGet("/api/units/contact-persons/mine", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListMyContactPersons(), cancellationToken))
            .WithTags("Organisation").WithName("ListMyContactPersons");
        app.MapPut("/api/units/{id:int}/contact-person", async Task<Results<Ok<ContactPersonDto>, NoContent>> (
                    int id, SetContactPerson body, IMediator sender, CancellationToken cancellationToken) =>
                await sender.Send(body with { UnitId = id }, cancellationToken) is { } contact ? TypedResults.Ok(contact) : TypedResults.NoContent())
            .WithTags("Organisation").WithName("SetContactPerson")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
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
