using System.Text;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Application.Tests.Handlers;

public sealed class ImportHandlerTests
{
    private static readonly ImportResult Result = new(Imported: 4, Updated: 1, Unchanged: 2);

    private readonly MemoryStream _csv = new(Encoding.UTF8.GetBytes("unit_code;name;kind;parent_code;is_pilot\nBK;Brønderslev Kommune;municipality;;false\n"));
    private readonly CancellationToken _token = new CancellationTokenSource().Token;

    [TearDown]
    public void DisposeStream() => _csv.Dispose();

    [Test]
    public async Task ShouldPassUnitsToTheUnitImporter()
    {
        var importer = new Mock<IUnitImporter>(MockBehavior.Strict);
        importer.Setup(i => i.ImportAsync(_csv, _token)).ReturnsAsync(Result);

        var result = await new ImportUnitsHandler(importer.Object).Handle(new ImportUnits(_csv), _token);

        Assert.That(result, Is.SameAs(Result));
        importer.Verify(i => i.ImportAsync(_csv, _token), Times.Once);
    }

    [Test]
    public async Task ShouldPassEmployeesToTheEmployeeImporter()
    {
        var importer = new Mock<IEmployeeImporter>(MockBehavior.Strict);
        importer.Setup(i => i.ImportAsync(_csv, _token)).ReturnsAsync(Result);

        var result = await new ImportEmployeesHandler(importer.Object).Handle(new ImportEmployees(_csv), _token);

        Assert.That(result, Is.SameAs(Result));
        importer.Verify(i => i.ImportAsync(_csv, _token), Times.Once);
    }

    [Test]
    public async Task ShouldPassAbsencesToTheAbsenceImporter()
    {
        var importer = new Mock<IAbsenceImporter>(MockBehavior.Strict);
        importer.Setup(i => i.ImportAsync(_csv, _token)).ReturnsAsync(Result);

        var result = await new ImportAbsencesHandler(importer.Object).Handle(new ImportAbsences(_csv), _token);

        Assert.That(result, Is.SameAs(Result));
        importer.Verify(i => i.ImportAsync(_csv, _token), Times.Once);
    }

    [Test]
    public void ShouldLetARejectedFileAnswerWithItsBadRows()
    {
        var rejection = new ImportFailedException([new ImportError(3, "kind", new MessageCode(ImportCodes.NotOneOf, ("value", "region")))]);
        var importer = new Mock<IUnitImporter>();
        importer.Setup(i => i.ImportAsync(_csv, _token)).ThrowsAsync(rejection);

        var thrown = Assert.ThrowsAsync<ImportFailedException>(() => new ImportUnitsHandler(importer.Object).Handle(new ImportUnits(_csv), _token));

        Assert.That(thrown, Is.SameAs(rejection));
        Assert.That(thrown!.Refusal.ToString(), Is.EqualTo("import.rejected(count: 1)"));
    }
}
