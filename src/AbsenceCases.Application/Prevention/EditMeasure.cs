using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Prevention;

/// <summary>Changes a planned measure: what, who and when to follow up.</summary>
public sealed record EditMeasure(string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn)
    : CaseCommand, IMeasureInput
{
    [JsonIgnore]
    public int MeasureId { get; init; }
}

public sealed class EditMeasureValidator : MeasureRules<EditMeasure>;

public sealed class EditMeasureHandler(CaseCommandServices services) : CaseCommandHandler<EditMeasure>(services)
{
    protected override void Apply(AbsenceCase @case, EditMeasure command, ActionStamp stamp) =>
        @case.EditMeasure(command.MeasureId, command.ToDraft(), stamp);
}
