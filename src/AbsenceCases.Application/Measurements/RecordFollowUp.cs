using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Wellbeing;
using AutoMapper;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// Records a workplace's follow-up of a published measurement, POST /api/measurements/{id}/follow-ups/{unitId}: the days
/// the results were discussed and the action plan agreed (a day left out stays as it was), and measures of the action
/// plan to add (no id) or, by id, to change, complete or drop. The measures are applied first, so that one request may
/// add the plan's first measure and agree it.
/// </summary>
[Authorize(Roles.Manager, Roles.Hr)]
public sealed record RecordFollowUp(
    DateOnly? TeamDiscussedOn,
    DateOnly? MedDiscussedOn,
    DateOnly? LeadershipDiscussedOn,
    DateOnly? ActionPlanOn,
    IReadOnlyList<ActionPlanMeasureInput>? Measures) : IRequest<FollowUpDto>, IUnitFilteredRequest, IAuditedRequest
{
    [JsonIgnore]
    public int MeasurementId { get; init; }

    [JsonIgnore]
    public int? UnitId { get; init; }

    /// <summary>The steps the request records, with their fields.</summary>
    public IEnumerable<(FollowUpStep Step, string Field, DateOnly On)> Steps()
    {
        (FollowUpStep, string, DateOnly?)[] steps =
        [
            (FollowUpStep.TeamDiscussion, "teamDiscussedOn", TeamDiscussedOn),
            (FollowUpStep.MedDiscussion, "medDiscussedOn", MedDiscussedOn),
            (FollowUpStep.LeadershipDiscussion, "leadershipDiscussedOn", LeadershipDiscussedOn),
            (FollowUpStep.ActionPlan, "actionPlanOn", ActionPlanOn),
        ];
        return steps.Where(s => s.Item3 is not null).Select(s => (s.Item1, s.Item2, s.Item3!.Value));
    }
}

/// <summary>A measure of the action plan as entered: without an id a new planned one; with an id a change, or its completion or dropping.</summary>
public sealed record ActionPlanMeasureInput(
    int? Id, string? Description, string? Responsible, string? ResponsibleUserId, DateOnly? FollowUpOn, MeasureStatus? Status, DateOnly? CompletedOn, string? Outcome)
    : IMeasureInput;

public sealed class ActionPlanMeasureInputValidator : MeasureRules<ActionPlanMeasureInput>
{
    public ActionPlanMeasureInputValidator()
    {
        RuleFor(m => m.Status).Must(status => status is null || Enum.IsDefined(status.Value))
            .WithCode(FieldCodes.NotOneOf, ("values", Enum.GetNames<MeasureStatus>()));
        RuleFor(m => m.Status).Must((m, status) => m.Id is not null || status is null or MeasureStatus.Planned).WithCode(FieldCodes.NotOneOf, ("values", nameof(MeasureStatus.Planned)));
        RuleFor(m => m.CompletedOn).NotNull().When(m => m.Status == MeasureStatus.Done).WithCode(FieldCodes.Required);
        RuleFor(m => m.Outcome).Note();
    }
}

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator() =>
        RuleForEach(c => c.Measures).NotNull().WithCode(FieldCodes.Required).SetValidator(new ActionPlanMeasureInputValidator());
}

public sealed class RecordFollowUpHandler(IApplicationDbContext db, ICurrentUser user, IUserDirectory users, MunicipalClock clock, DeadlinePolicy policy, IMapper mapper)
    : IRequestHandler<RecordFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var (measurement, publishedOn) = await StoredFollowUps.PublishedAsync(db.Measurements.AsNoTracking(), command.MeasurementId, user, clock.Today, cancellationToken);
        var unit = await StoredFollowUps.WorkplaceAsync(db, command.UnitId!.Value, cancellationToken);
        var today = clock.Today;
        await EnsureValidAsync(command, publishedOn, today, cancellationToken);
        var followUp = await db.FollowUps.Include(f => f.Measures)
            .SingleOrDefaultAsync(f => f.MeasurementId == measurement.Id && f.UnitId == unit.Id, cancellationToken);
        if (followUp is null)
        {
            followUp = new WorkplaceFollowUp(measurement, unit, today);
            db.FollowUps.Add(followUp);
        }

        foreach (var (measure, i) in (command.Measures ?? []).Select((m, i) => (m, i)))
        {
            OnField($"measures[{i}]", () => Apply(followUp, measure, publishedOn, today));
        }

        foreach (var (step, field, on) in command.Steps())
        {
            OnField(field, () => followUp.Record(step, on, publishedOn, today));
        }

        await db.SaveChangesAsync(cancellationToken);
        return StoredFollowUps.ToDto(measurement, publishedOn, unit, followUp, today, policy, mapper);
    }

    private static void Apply(WorkplaceFollowUp followUp, ActionPlanMeasureInput measure, DateOnly publishedOn, DateOnly today)
    {
        switch (measure)
        {
            case { Id: null }:
                followUp.AddMeasure(measure.ToDraft());
                break;
            case { Id: { } id, Status: MeasureStatus.Done }:
                followUp.CompleteMeasure(id, measure.CompletedOn!.Value, measure.Outcome, publishedOn, today);
                break;
            case { Id: { } id, Status: MeasureStatus.Dropped }:
                followUp.DropMeasure(id, measure.Outcome);
                break;
            case { Id: { } id }:
                followUp.EditMeasure(id, measure.ToDraft());
                break;
        }
    }

    private static void OnField(string field, Action change)
    {
        try
        {
            change();
        }
        catch (DomainException refusal)
        {
            throw new RefusedFieldException(field, refusal);
        }
    }

    /// <summary>Every day must lie between the publication and today, and every responsible user must exist; a 400 names each field that does not.</summary>
    private async Task EnsureValidAsync(RecordFollowUp command, DateOnly publishedOn, DateOnly today, CancellationToken cancellationToken)
    {
        var measures = (command.Measures ?? []).Select((m, i) => (Measure: m, Field: $"measures[{i}]")).ToList();
        var days = command.Steps().Select(s => (s.Field, s.On))
            .Concat(measures.Where(m => m.Measure.Status == MeasureStatus.Done).Select(m => ($"{m.Field}.completedOn", m.Measure.CompletedOn!.Value)));
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        foreach (var (field, on) in days)
        {
            if (WorkplaceFollowUp.DateRefusal(on, publishedOn, today) is { } refusal)
            {
                errors[field] = [new MessageCode(refusal, ("publishedOn", publishedOn))];
            }
        }

        var userIds = measures.Select(m => m.Measure.ResponsibleUserId).OfType<string>().Distinct().ToList();
        var known = userIds.Count == 0 ? new Dictionary<string, UserContact>() : await users.ByIdsAsync(userIds, cancellationToken);
        foreach (var (measure, field) in measures.Where(m => m.Measure.ResponsibleUserId is { } id && !known.ContainsKey(id)))
        {
            errors[$"{field}.responsibleUserId"] = [new MessageCode(FieldCodes.UnknownUser)];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
