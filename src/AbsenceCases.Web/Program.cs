using AbsenceCases.Web;
using AbsenceCases.Web.Endpoints;
using AbsenceCases.Web.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.AddAbsenceCases();
builder.Services.AddUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUi();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAuthEndpoints();
app.MapOrganisationEndpoints();
app.MapImportEndpoints();
app.MapSickCallEndpoints();
app.MapCaseEndpoints();
app.MapWorkflowEndpoints();
app.MapCoordinationEndpoints();
app.MapPreventionEndpoints();
app.MapNotificationEndpoints();
app.MapAdminEndpoints();
app.MapStatisticsEndpoints();
app.MapAuditEndpoints();
app.MapUi();

app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
