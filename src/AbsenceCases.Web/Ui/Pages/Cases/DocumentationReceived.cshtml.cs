using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The documentation of one request, named by the route, came from the doctor.</summary>
public sealed class DocumentationReceivedModel(CaseActionServices services) : CaseActionPage<RecordDocumentationReceived>(services)
{
    [BindProperty(SupportsGet = true)]
    public int RequestId { get; set; }

    public override CaseTrigger Trigger => CaseTrigger.RecordDocumentationReceived;

    public DocumentationRequestDto? Documentation => Case.DocumentationRequests.FirstOrDefault(r => r.Id == RequestId);

    protected override bool IsAvailable(CaseDetails @case) => base.IsAvailable(@case) && Documentation is { ReceivedOn: null };

    protected override RecordDocumentationReceived NewInput() => new(Today, null);

    protected override RecordDocumentationReceived ToCommand(RecordDocumentationReceived input) => input with { RequestId = RequestId };
}
