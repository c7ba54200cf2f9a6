using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>A message code goes out as its text (<see cref="RenderedMessageConverter"/>), so the document calls it a string.</summary>
public sealed class RenderedMessageSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(MessageCode))
        {
            schema.Type = JsonSchemaType.String;
            schema.Properties = null;
            schema.Required = null;
        }

        return Task.CompletedTask;
    }
}
