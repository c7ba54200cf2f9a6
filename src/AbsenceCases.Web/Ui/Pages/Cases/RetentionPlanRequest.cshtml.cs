using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The employee asked for a retention plan (sygedagpengeloven § 7b): recorded once on an open case.</summary>
public sealed class RetentionPlanRequestModel(CaseActionServices services) : CaseFormPage<RecordRetentionPlanRequest>(services)
{
    public override string Title => Texts.Actions.RecordRetentionPlanRequest;

    /// <summary>Offered on an open case until the request is recorded; the case page shows its link by the same rule.</summary>
    public static bool AppliesTo(CaseDetails @case) => @case.Status != CaseStatus.Closed && @case.RetentionPlanRequestedOn is null;

    protected override bool IsAvailable(CaseDetails @case) => AppliesTo(@case);

    protected override RecordRetentionPlanRequest NewInput() => new(Today);
}
