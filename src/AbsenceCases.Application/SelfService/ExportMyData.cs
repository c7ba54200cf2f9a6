namespace AbsenceCases.Application.SelfService;

/// <summary>"Hent mine data": everything the system holds about the signed-in employee.</summary>
[Authorize(Roles.Employee)]
public sealed record ExportMyData : IRequest<PersonalData>, IAuditedRequest;

public sealed class ExportMyDataHandler(OwnEmployee own, IPersonalDataExport export, MunicipalClock clock) : IRequestHandler<ExportMyData, PersonalData>
{
    public async Task<PersonalData> Handle(ExportMyData request, CancellationToken cancellationToken)
    {
        var employeeId = await own.IdAsync(cancellationToken);
        return new PersonalData(employeeId, clock.Now, await export.ReadAsync(employeeId, cancellationToken));
    }
}
