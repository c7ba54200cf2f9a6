using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>An action on one case. The case comes from the route, the expected version from If-Match.</summary>
public abstract record CaseCommand : IRequest<CaseActionResult>, ICaseRequest
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}
