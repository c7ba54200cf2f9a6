using AbsenceCases.Application.Imports;
using Microsoft.AspNetCore.Http.Features;

namespace AbsenceCases.Web.Endpoints;

public static class ImportEndpoints
{
    /// <summary>A payroll export of 1.3 million spells is about 45 MB; imports alone may send up to this much.</summary>
    public const long MaxImportBytes = 512L * 1024 * 1024;

    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        MapImport(imports, "units", csv => new ImportUnits(csv));
        MapImport(imports, "employees", csv => new ImportEmployees(csv));
        MapImport(imports, "absences", csv => new ImportAbsences(csv));
    }

    private static void MapImport<TRequest>(RouteGroupBuilder imports, string kind, Func<Stream, TRequest> request)
        where TRequest : IRequest<ImportResult> =>
        imports.MapPost($"/{kind}", async (HttpContext context, IMediator sender) =>
            {
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxImportBytes;
                }

                return TypedResults.Ok(await sender.Send(request(context.Request.Body), context.RequestAborted));
            })
            .Accepts<string>("text/csv")
            .WithName($"Import{char.ToUpperInvariant(kind[0])}{kind[1..]}")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
