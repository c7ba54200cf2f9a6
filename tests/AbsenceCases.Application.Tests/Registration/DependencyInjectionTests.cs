using System.Reflection;
using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Tests.Registration;

/// <summary>The application as the web host registers it, with the infrastructure replaced by mocks.</summary>
public sealed class DependencyInjectionTests
{
    private static readonly Assembly Application = typeof(DependencyInjection).Assembly;

    private readonly Mock<IApplicationDbContext> _db = new();
    private readonly Mock<IUnitImporter> _unitImporter = new();
    private readonly List<AuditEntry> _audited = [];

    [SetUp]
    public void CreateDatabase()
    {
        var auditEntries = new Mock<DbSet<AuditEntry>>();
        auditEntries.Setup(s => s.Add(It.IsAny<AuditEntry>())).Callback((AuditEntry entry) => _audited.Add(entry));
        _db.SetupGet(d => d.AuditEntries).Returns(auditEntries.Object);
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(1);
        _db.Setup(d => d.HoldChanges()).Returns(Mock.Of<IHeldChanges>());
    }

    private static IEnumerable<Type> RequestTypes() =>
        Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

    private static IEnumerable<Type> CaseCommandTypes() =>
        Application.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(CaseCommand)));

    [Test]
    public void ShouldBuildWithEveryRegistrationResolvable()
    {
        Assert.That(() => Provider(Users.Manager()).Dispose(), Throws.Nothing);
    }

    [Test]
    public void ShouldResolveTheMediator()
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetService<IMediator>(), Is.InstanceOf<Mediator>());
    }

    [Test]
    public void ShouldRunThePipelineInTheDocumentedOrder()
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();

        var behaviours = scope.ServiceProvider.GetServices<IPipelineBehavior<GetWorkflow, WorkflowDescription>>();

        Assert.That(behaviours.Select(b => b.GetType().GetGenericTypeDefinition()), Is.EqualTo(new[]
        {
            typeof(JobTelemetryBehaviour<,>),
            typeof(ImportTelemetryBehaviour<,>),
            typeof(UnhandledExceptionBehaviour<,>),
            typeof(DiscardFailedChangesBehaviour<,>),
            typeof(LoggingBehaviour<,>),
            typeof(AuditBehaviour<,>),
            typeof(AuthorizationBehaviour<,>),
            typeof(ValidationBehaviour<,>),
            typeof(IdempotencyBehaviour<,>),
        }));
    }

    [TestCaseSource(nameof(RequestTypes))]
    public void ShouldHaveOneHandlerForEveryRequest(Type request)
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();
        var response = request.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];

        var handlers = scope.ServiceProvider.GetServices(typeof(IRequestHandler<,>).MakeGenericType(request, response));

        Assert.That(handlers.Count(), Is.EqualTo(1));
    }

    [TestCaseSource(nameof(CaseCommandTypes))]
    public void ShouldValidateEveryCaseCommand(Type command)
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();

        var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(command));

        Assert.That(validators.Count(), Is.EqualTo(1));
    }

    [Test]
    public void ShouldRegisterTheSharedServices()
    {
        var policy = new PolicySettings { FirstConversationDays = 21 };
        var services = Services(Users.Manager());
        services.AddApplication(policy, Email, autoMapperLicenseKey: null);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<DeadlinePolicy>().Settings, Is.SameAs(policy));
            Assert.That(provider.GetRequiredService<MunicipalClock>(), Is.SameAs(provider.GetRequiredService<MunicipalClock>()));
            Assert.That(scope.ServiceProvider.GetService<IMapper>(), Is.Not.Null);
            Assert.That(scope.ServiceProvider.GetService<IUserScopeProvider>(), Is.Not.Null);
        });
    }

    [Test]
    public async Task ShouldAnswerTheWorkflowThroughTheMediator()
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();

        var workflow = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetWorkflow());

        Assert.That(workflow.States, Is.EqualTo(new[] { "Reported", "FirstConversation", "Coordination", "PreventionPlan", "Closed" }));
    }

    [Test]
    public void ShouldRefuseACallerWhoIsNotSignedInThroughTheMediator()
    {
        using var provider = Provider(Users.Anonymous());
        using var scope = provider.CreateScope();

        Assert.ThrowsAsync<UnauthenticatedException>(() => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetWorkflow()));
    }

    [Test]
    public async Task ShouldImportForHrAndAuditIt()
    {
        var result = new ImportResult(Imported: 6, Updated: 0, Unchanged: 0);
        _unitImporter.Setup(i => i.ImportAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(result);
        using var provider = Provider(Users.Hr());
        using var scope = provider.CreateScope();

        var answer = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportUnits(Stream.Null));

        Assert.That(answer, Is.SameAs(result));
        Assert.That(_audited.Select(e => (e.Action, e.UserId, e.Allowed)), Is.EqualTo(new[] { ("ImportUnits", Users.HrId, true) }));
    }

    [Test]
    public void ShouldRefuseAManagerAnImportAndAuditTheAttempt()
    {
        using var provider = Provider(Users.Manager());
        using var scope = provider.CreateScope();

        Assert.ThrowsAsync<ForbiddenAccessException>(
            () => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportUnits(Stream.Null)));

        _unitImporter.Verify(i => i.ImportAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.That(_audited.Select(e => (e.Action, e.UserId, e.Allowed)), Is.EqualTo(new[] { ("ImportUnits", Users.ManagerId, false) }));
    }

    [Test]
    public void ShouldRefuseAnInvalidQueryBeforeItReachesTheHandler()
    {
        using var provider = Provider(Users.Hr());
        using var scope = provider.CreateScope();

        var exception = Assert.ThrowsAsync<RequestValidationException>(
            () => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListCases(Status: null, UnitId: null, Page: 1, PageSize: 0)));

        Assert.That(exception!.Errors.Keys, Is.EqualTo(new[] { "pageSize" }));
        _db.VerifyGet(d => d.Cases, Times.Never);
    }

    private static readonly EmailSettings Email = new(Enabled: false, BaseUrl: "http://localhost");

    private ServiceProvider Provider(ICurrentUser user)
    {
        var services = Services(user);
        services.AddApplication(new PolicySettings(), Email, autoMapperLicenseKey: null);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private ServiceCollection Services(ICurrentUser user)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_db.Object);
        services.AddSingleton(user);
        services.AddSingleton(_unitImporter.Object);
        services.AddSingleton(new Mock<IEmployeeImporter>().Object);
        services.AddSingleton(new Mock<IAbsenceImporter>().Object);
        services.AddSingleton(new Mock<IUserDirectory>().Object);
        services.AddSingleton(new Mock<IEmailOutbox>().Object);
        services.AddSingleton(new Mock<IEmailTexts>().Object);
        services.AddSingleton(new Mock<IDatabaseErrors>().Object);
        services.AddSingleton(new Mock<IWriteLock>().Object);
        services.AddSingleton(new Mock<IJobLock>().Object);
        services.AddSingleton(new Mock<IUserAdministration>().Object);
        services.AddSingleton(new Mock<ISessionRevocation>().Object);
        services.AddSingleton(new Mock<ISessionRecords>().Object);
        services.AddSingleton(new Mock<IStatisticsChangeFeed>().Object);
        services.AddSingleton(new Mock<Application.SelfService.IPersonalDataExport>().Object);
        services.AddSingleton(new Application.SelfService.SelfServiceSettings());
        services.AddSingleton(new Mock<Application.Measurements.IResultFileReader>().Object);
        services.AddSingleton(new Application.Measurements.MeasurementSettings());
        services.AddSingleton(new Application.GoodExamples.GoodExampleSettings());
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
