using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Prevention;

/// <summary>Changes a planned measure: what, who and when to follow up.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record EditMeasure(string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn)
    : CaseCommand, IMeasureInput
{
    [JsonIgnore]
    public int MeasureId { get; init; }
}

public sealed class EditMeasureValidator : MeasureRules<EditMeasure>;

public sealed class EditMeasureHandler(CaseCommandServices services, IUserAccess access) : CaseCommandHandler<EditMeasure>(services)
{
    protected override Task CheckAsync(AbsenceCase @case, EditMeasure command, CancellationToken cancellationToken) =>
        access.EnsureMayReadCaseAsync(@case.Id, [("responsibleUserId", command.ResponsibleUserId)], cancellationToken);

    protected override void Apply(AbsenceCase @case, EditMeasure command, ActionStamp stamp) =>
        @case.EditMeasure(command.MeasureId, command.ToDraft(), stamp);
}
