using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class ImportTelemetryBehaviourTests
{
    private readonly OperationsMetrics _metrics = new(Mock.Of<IServiceScopeFactory>(), Clocks.OnMondayMorning());
    private readonly RecordedTelemetry _recorded = new();

    [TearDown]
    public void StopListening()
    {
        _recorded.Dispose();
        _metrics.Dispose();
    }

    [Test]
    public async Task ShouldCountAnImportsRowsByKindAndWhatBecameOfThem()
    {
        var result = new ImportResult(Imported: 5, Updated: 2, Unchanged: 1);

        var response = await new ImportTelemetryBehaviour<ImportAbsences, ImportResult>(_metrics)
            .Handle(new ImportAbsences(Stream.Null), CancellationToken.None, NextStep<ImportResult>.Answering(result).Delegate);

        Assert.That(response, Is.SameAs(result));
        Assert.That(_recorded.Measurements.Select(m => (m.Instrument, m.Value, m.Tags["kind"], m.Tags["result"])), Is.EqualTo(new[]
        {
            ("absencecases.imports.rows", 5L, "absences", "imported"),
            ("absencecases.imports.rows", 2L, "absences", "updated"),
            ("absencecases.imports.rows", 1L, "absences", "unchanged"),
        }));
    }

    [Test]
    public void ShouldCountNothingOfAnImportThatFailed()
    {
        var failure = new ImportFailedException([new ImportError(2, "unit_code", new MessageCode(AbsenceCases.Application.Common.Validation.FieldCodes.Required))]);

        Assert.ThrowsAsync<ImportFailedException>(() => new ImportTelemetryBehaviour<ImportUnits, ImportResult>(_metrics)
            .Handle(new ImportUnits(Stream.Null), CancellationToken.None, NextStep<ImportResult>.Throwing(failure).Delegate));

        Assert.That(_recorded.Measurements, Is.Empty);
    }
}
