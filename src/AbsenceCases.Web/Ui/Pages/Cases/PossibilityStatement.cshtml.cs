using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>A possibility statement (mulighedserklæring) was asked of the doctor: a record on an open case, not a workflow action.</summary>
public sealed class PossibilityStatementModel(CaseActionServices services) : CaseFormPage<RequestPossibilityStatement>(services)
{
    public override string Title => Texts.Actions.RequestPossibilityStatement;

    protected override bool IsAvailable(CaseDetails @case) => @case.Status != CaseStatus.Closed;

    protected override RequestPossibilityStatement NewInput() => new(Today);
}
