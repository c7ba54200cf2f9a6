using AbsenceCases.Application.Organisation;

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
    }
}
