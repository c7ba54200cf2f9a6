using AbsenceCases.Application.Imports;

namespace AbsenceCases.Web.Ui.Forms;

/// <summary>What an uploaded file came to: the counts, or every bad line; a page sends the import through <see cref="SendAsync"/>.</summary>
public sealed class ImportOutcome
{
    public ImportResult? Result { get; private set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    /// <summary>Sends the import; a rejected file leaves its errors, any other refusal is thrown on.</summary>
    public async Task SendAsync(IMediator mediator, IRequest<ImportResult> import, CancellationToken cancellationToken)
    {
        try
        {
            Result = await mediator.Send(import, cancellationToken);
        }
        catch (ImportFailedException failed)
        {
            Errors = failed.Errors;
        }
    }
}
