using AbsenceCases.Application.Common.Validation;
using Microsoft.Net.Http.Headers;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>A case's version as an entity tag: "7". If-Match takes it back.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Write(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>The version named by If-Match, or null when the header is absent.</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) &&
            int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new RequestValidationException("If-Match", FieldCodes.StaleETag);
    }
}
