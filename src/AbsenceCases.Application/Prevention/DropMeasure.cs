using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Prevention;

/// <summary>A measure is dropped; why is noted.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record DropMeasure(string? Outcome) : CaseCommand
{
    [JsonIgnore]
    public int MeasureId { get; init; }
}

public sealed class DropMeasureValidator : AbstractValidator<DropMeasure>
{
    public DropMeasureValidator() => RuleFor(c => c.Outcome).Note();
}

public sealed class DropMeasureHandler(CaseCommandServices services) : CaseCommandHandler<DropMeasure>(services)
{
    protected override void Apply(AbsenceCase @case, DropMeasure command, ActionStamp stamp) =>
        @case.DropMeasure(command.MeasureId, command.Outcome, stamp);
}
