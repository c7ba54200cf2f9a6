using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

/// <summary>
/// Records a weekly review meeting with the group's decision per case. A decision that is a transition goes
/// through the case workflow; if any is refused, nothing of the review is recorded.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Hr)]
public sealed record RecordReview(DateOnly? HeldOn, IReadOnlyList<string>? Attendees, IReadOnlyList<ReviewItemInput>? Items)
    : IRequest<ReviewDto>, IGroupRequest
{
    [JsonIgnore]
    public int GroupId { get; init; }
}

/// <summary>One case's decision; closing needs a reason, agreeing a plan needs its measures.</summary>
public sealed record ReviewItemInput(
    Guid? CaseId, ReviewDecision? Decision, string? Note, DateOnly? NextReviewOn, CloseReason? CloseReason, IReadOnlyList<MeasureInput>? Measures);

public sealed class RecordReviewValidator : AbstractValidator<RecordReview>
{
    public RecordReviewValidator(MunicipalClock clock)
    {
        RuleFor(r => r.HeldOn).RequiredNotInFuture(clock);
        RuleFor(r => r.Attendees).NotEmpty().WithCode(CoordinationCodes.AttendeeRequired)
            .Must(names => names is null || names.Sum(name => (name?.Length ?? 0) + 1) - 1 <= TextLimits.Attendees)
            .WithCode(FieldCodes.TooLongTogether, ("max", TextLimits.Attendees));
        RuleForEach(r => r.Attendees).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(r => r.Items).NotEmpty().WithCode(CoordinationCodes.CaseRequired)
            .Must(items => items is null || items.Where(i => i?.CaseId is not null).GroupBy(i => i.CaseId).All(g => g.Count() == 1))
            .WithCode(CoordinationCodes.CaseNamedTwice);
        RuleForEach(r => r.Items).NotNull().WithCode(FieldCodes.Required).SetValidator(new ReviewItemInputValidator());
        RuleForEach(r => r.Items).SetValidator(review => new NextReviewAfterMeeting(review.HeldOn));
    }

    /// <summary>An item's next review lies after the meeting that decided it.</summary>
    private sealed class NextReviewAfterMeeting : AbstractValidator<ReviewItemInput>
    {
        public NextReviewAfterMeeting(DateOnly? heldOn) =>
            RuleFor(i => i.NextReviewOn).Must(next => next is null || heldOn is null || next > heldOn).WithCode(CoordinationCodes.NextReviewAfter);
    }
}

public sealed class ReviewItemInputValidator : AbstractValidator<ReviewItemInput>
{
    public ReviewItemInputValidator()
    {
        RuleFor(i => i.CaseId).NotNull().WithCode(FieldCodes.Required);
        RuleFor(i => i.Decision).RequiredEnum();
        RuleFor(i => i.Note).Note();
        RuleFor(i => i.CloseReason).NotNull().When(i => i.Decision == ReviewDecision.Close).WithCode(CoordinationCodes.CloseReasonRequired);
        RuleFor(i => i.Measures).NotEmpty().When(i => i.Decision == ReviewDecision.AgreePreventionPlan)
            .WithCode(CoordinationCodes.PlanMeasuresRequired);
        RuleForEach(i => i.Measures).SetValidator(new MeasureInputValidator());
    }
}

public sealed class RecordReviewHandler(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, DeadlinePolicy policy)
    : IRequestHandler<RecordReview, ReviewDto>
{
    public async Task<ReviewDto> Handle(RecordReview command, CancellationToken cancellationToken)
    {
        var heldOn = command.HeldOn!.Value;
        var items = command.Items!;
        var caseIds = items.Select(i => i.CaseId!.Value).ToList();
        var cases = await db.Cases.WithWorkflowData().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var groupScope = new EmployeeScope(
            UnitScope.Of(await db.GroupUnitIdsAsync(command.GroupId, cancellationToken)), clock.Today, policy.Settings.ScopeAfterLeavingDays);
        var casesOfGroup = (await groupScope.Filter(db.Cases, db.Employees).Where(c => caseIds.Contains(c.Id)).Select(c => c.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        CheckCases(items, cases, casesOfGroup);

        var stamp = clock.Stamp(user);
        var review = new CoordinationReview(command.GroupId, heldOn, command.Attendees!, stamp.At, stamp.UserId);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var @case = cases[item.CaseId!.Value];
            try
            {
                CarryOut(@case, item, heldOn, stamp);
            }
            catch (DomainException refused)
            {
                throw new RefusedFieldException($"items[{i}].decision", refused);
            }

            @case.RecordReview(heldOn, item.Decision!.Value, item.Note, item.NextReviewOn, stamp);
            review.Decide(@case.Id, item.Decision.Value, item.Note, item.NextReviewOn);
        }

        db.CoordinationReviews.Add(review);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(CoordinationCodes.ReviewCaseChanged);
        }

        return ReviewDto.From(review);
    }

    private static void CheckCases(IReadOnlyList<ReviewItemInput> items, Dictionary<Guid, AbsenceCase> cases, HashSet<Guid> casesOfGroup)
    {
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!cases.TryGetValue(items[i].CaseId!.Value, out var @case))
            {
                errors[$"items[{i}].caseId"] = [new MessageCode(FieldCodes.UnknownCase)];
            }
            else if (!casesOfGroup.Contains(@case.Id))
            {
                errors[$"items[{i}].caseId"] = [new MessageCode(CoordinationCodes.CaseNotInGroup)];
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private void CarryOut(AbsenceCase @case, ReviewItemInput item, DateOnly heldOn, ActionStamp stamp)
    {
        switch (item.Decision)
        {
            case ReviewDecision.StartCoordination:
                @case.StartCoordination(heldOn, item.Note, stamp, policy.Settings);
                break;
            case ReviewDecision.AgreePreventionPlan:
                @case.AgreePreventionPlan(new PlanProposal(heldOn, item.Measures!.Select(m => m.ToDraft()).ToList()), stamp, policy.Settings);
                break;
            case ReviewDecision.Close:
                @case.Close(heldOn, item.CloseReason!.Value, item.Note, stamp, policy.Settings);
                break;
            case ReviewDecision.RequestPossibilityStatement:
                @case.RequestPossibilityStatement(heldOn, stamp, policy.Settings);
                break;
        }
    }
}
