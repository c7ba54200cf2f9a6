using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Prevention;

/// <summary>A measure was followed up and done; the outcome is noted.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record CompleteMeasure(DateOnly? CompletedOn, string? Outcome) : CaseCommand
{
    [JsonIgnore]
    public int MeasureId { get; init; }
}

public sealed class CompleteMeasureValidator : AbstractValidator<CompleteMeasure>
{
    public CompleteMeasureValidator(MunicipalClock clock)
    {
        RuleFor(c => c.CompletedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Outcome).Note();
    }
}

public sealed class CompleteMeasureHandler(CaseCommandServices services) : CaseCommandHandler<CompleteMeasure>(services)
{
    protected override void Apply(AbsenceCase @case, CompleteMeasure command, ActionStamp stamp) =>
        @case.CompleteMeasure(command.MeasureId, command.CompletedOn!.Value, command.Outcome, stamp);
}
