using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The employee asked for a retention plan (sygedagpengeloven § 7b): recorded once on an open case.</summary>
public sealed class RetentionPlanRequestModel(CaseActionServices services) : CaseFormPage<RecordRetentionPlanRequest>(services)
{
    public override string Title => Texts.Actions.RecordRetentionPlanRequest;

    protected override bool IsAvailable(CaseDetails @case) => @case.Status != CaseStatus.Closed && @case.RetentionPlanRequestedOn is null;

    protected override RecordRetentionPlanRequest NewInput() => new(Today);
}
