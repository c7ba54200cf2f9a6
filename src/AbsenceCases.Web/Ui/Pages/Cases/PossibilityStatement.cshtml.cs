using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>A possibility statement (mulighedserklæring) was asked of the doctor: a record on an open case, not a workflow action.</summary>
public sealed class PossibilityStatementModel(CaseActionServices services) : CaseFormPage<RequestPossibilityStatement>(services)
{
    public override string Title => Texts.Actions.RequestPossibilityStatement;

    /// <summary>Offered on every open case; the case page shows its link by the same rule.</summary>
    public static bool AppliesTo(CaseDetails @case) => @case.Status != CaseStatus.Closed;

    protected override bool IsAvailable(CaseDetails @case) => AppliesTo(@case);

    protected override RequestPossibilityStatement NewInput() => new(Today);
}
