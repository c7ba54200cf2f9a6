using AbsenceCases.Web;
using AbsenceCases.Web.Commands;
using AbsenceCases.Web.Endpoints;
using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Infrastructure.SingleSignOn;
using AbsenceCases.Web.Infrastructure.Transport;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Sessions.RateLimits;
using AbsenceCases.Web.Ui;

var builder = WebApplication.CreateBuilder(args);
if (BackupCommand.IsRequested(args))
{
    return await BackupCommand.RunAsync(builder.Configuration, args, Console.Out);
}

builder.AddAbsenceCases();
builder.Services.AddUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseTransportSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUi();
app.UseNoStore();
app.UseSignInRateLimits();
app.UseAuthentication();
app.UseSessionRevalidation();
app.UseSingleSignOn();
app.UsePasswordChangeGate();
app.UseTwoFactorEnrolmentGate();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthProbes();
app.MapAuthEndpoints();
app.MapOrganisationEndpoints();
app.MapImportEndpoints();
app.MapSickCallEndpoints();
app.MapCaseEndpoints();
app.MapWorkflowEndpoints();
app.MapCoordinationEndpoints();
app.MapPreventionEndpoints();
app.MapMeasurementEndpoints();
app.MapNotificationEndpoints();
app.MapAdminEndpoints();
app.MapStatisticsEndpoints();
app.MapAuditEndpoints();
app.MapSelfServiceEndpoints();
app.MapUi();

app.Run();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
