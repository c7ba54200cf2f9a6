using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Infrastructure.Demo;

/// <summary>
/// Loads the demo municipality of seeds/ into an empty database through the import code, with dates moved so
/// that the newest data ends today; then the demo accounts, a coordination group for the pilot workplaces, the
/// published wellbeing measurements with the demo manager's follow-up of the first, and a few open cases in different
/// states, made through the same commands HR and a manager would send.
/// </summary>
public sealed class DemoDataLoader(
    ApplicationDbContext db,
    IMediator mediator,
    UserManager<ApplicationUser> users,
    MunicipalClock clock,
    ILogger<DemoDataLoader> logger)
{
    public async Task LoadIfEmptyAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var files = new[] { "units.csv", "employees.csv", "absences.csv" }
            .ToDictionary(name => name, name => File.ReadAllText(Path.Combine(seedsFolder, name)));
        var shift = clock.Today.DayNumber - DemoDateShift.NewestDate(files["absences.csv"]).DayNumber;
        logger.LogInformation("Loading demo data from {Folder}, dates moved {Days} days", seedsFolder, shift);
        await mediator.Send(new ImportUnits(DemoDateShift.Shift(files["units.csv"], shift)), cancellationToken);
        await mediator.Send(new ImportEmployees(DemoDateShift.Shift(files["employees.csv"], shift)), cancellationToken);
        await mediator.Send(new ImportAbsences(DemoDateShift.Shift(files["absences.csv"], shift)), cancellationToken);

        var accounts = await CreateAccountsAsync();
        var pilots = await db.Units.Where(u => u.IsPilot && u.Kind == UnitKind.Workplace).OrderBy(u => u.Code).ToListAsync(cancellationToken);
        db.UnitManagers.Add(new UnitManager(accounts[DemoAccounts.Manager.Email], pilots[0].Id));
        db.UnitContactPersons.Add(new UnitContactPerson(pilots[0].Id, accounts[DemoAccounts.Coordinator.Email]));
        var group = new CoordinationGroup("Koordineringsgruppen for pilotarbejdspladserne", DayOfWeek.Tuesday);
        foreach (var pilot in pilots)
        {
            group.Cover(pilot.Id);
        }

        group.AddMember(accounts[DemoAccounts.Coordinator.Email], DemoAccounts.Coordinator.DisplayName, MemberRole.HrConsultant);
        group.AddMember(accounts[DemoAccounts.Manager.Email], DemoAccounts.Manager.DisplayName, MemberRole.Leader);
        group.AddMember(null, "Tina Tillidsrepræsentant", MemberRole.EmployeeRepresentative);
        group.AddMember(null, "Arne Arbejdsmiljørepræsentant", MemberRole.WorkEnvironmentConsultant);
        db.CoordinationGroups.Add(group);
        AddPreventionInitiatives(pilots);
        await db.SaveChangesAsync(cancellationToken);

        var first = await CreateMeasurementsAsync(seedsFolder, shift, cancellationToken);
        await RecordFollowUpAsync(first, pilots[0], cancellationToken);

        var talked = await CreateOpenCasesAsync(pilots, group.Id, cancellationToken);
        await LinkEmployeeAccountAsync(accounts[DemoAccounts.Employee.Email], talked, cancellationToken);
    }

    private async Task LinkEmployeeAccountAsync(string userId, Guid caseId, CancellationToken cancellationToken)
    {
        var employee = await db.Cases.Where(c => c.Id == caseId)
            .Join(db.Employees, c => c.EmployeeId, e => e.Id, (_, e) => new { e.Id, e.Name }).SingleAsync(cancellationToken);
        var user = await users.FindByIdAsync(userId);
        user!.DisplayName = employee.Name;
        Check(await users.UpdateAsync(user), user.Email!);
        db.EmployeeAccounts.Add(new EmployeeAccount(userId, employee.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Initiatives at two pilot workplaces a year ago, so the statistics can relate absence before and after.</summary>
    private void AddPreventionInitiatives(List<OrganisationUnit> pilots)
    {
        var started = clock.Today.AddYears(-1);
        db.PreventionInitiatives.Add(new PreventionInitiative(
            pilots[0].Id, InitiativeType.EmotionalDemandsOffer, "Supervision og kollegial sparring hver 14. dag", started, null));
        db.PreventionInitiatives.Add(new PreventionInitiative(
            pilots[1].Id, InitiativeType.WorkEnvironmentAssessment, "Arbejdspladsvurdering med fokus på løft og forflytninger", started.AddMonths(2), started.AddMonths(5)));
    }

    /// <summary>Creates, fills and publishes each measurement of the seeds, in order; answers the first, published.</summary>
    private async Task<MeasurementDto> CreateMeasurementsAsync(string seedsFolder, int shift, CancellationToken cancellationToken)
    {
        var measurements = DemoMeasurement.Read(await File.ReadAllTextAsync(Path.Combine(seedsFolder, DemoMeasurement.File), cancellationToken), shift);
        var created = new Dictionary<string, MeasurementDto>();
        foreach (var measurement in measurements)
        {
            var followedUp = measurement.FollowUpOf is { } original ? created[original].Id : (int?)null;
            var id = (await mediator.Send(
                new CreateMeasurement(measurement.Name, measurement.Kind, measurement.FieldedFrom, measurement.FieldedTo, null, followedUp), cancellationToken)).Id;
            await using (var results = File.OpenRead(Path.Combine(seedsFolder, measurement.ResultsFile)))
            {
                await mediator.Send(new ImportMeasurementResults(id, results), cancellationToken);
            }

            created[measurement.ResultsFile] = await mediator.Send(new PublishMeasurement(measurement.PublishedOn) { Id = id }, cancellationToken);
        }

        return created[measurements[0].ResultsFile];
    }

    /// <summary>
    /// The workplace's follow-up of the measurement, every step on time: the results discussed in the team, the leadership
    /// group and the local MED committee, and an action plan whose one measure was carried out.
    /// </summary>
    private async Task RecordFollowUpAsync(MeasurementDto measurement, OrganisationUnit workplace, CancellationToken cancellationToken)
    {
        var published = measurement.PublishedOn!.Value;
        var measure = new ActionPlanMeasureInput(
            null, "Fast ugentlig sparring mellem vuggestue og børnehave om fordelingen af opgaver", "Leder", null, published.AddDays(120), null, null, null);
        var recorded = await mediator.Send(
            new RecordFollowUp(published.AddDays(21), published.AddDays(35), published.AddDays(28), published.AddDays(42), [measure])
            {
                MeasurementId = measurement.Id,
                UnitId = workplace.Id,
            },
            cancellationToken);
        var done = measure with
        {
            Id = recorded.Measures.Single().Id,
            Status = MeasureStatus.Done,
            CompletedOn = published.AddDays(118),
            Outcome = "Færre misforståelser om vagterne; sparringen fortsætter",
        };
        await mediator.Send(new RecordFollowUp(null, null, null, null, [done]) { MeasurementId = measurement.Id, UnitId = workplace.Id }, cancellationToken);
    }

    private async Task<Dictionary<string, string>> CreateAccountsAsync()
    {
        var ids = new Dictionary<string, string>();
        foreach (var account in DemoAccounts.All)
        {
            var user = new ApplicationUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            ids[account.Email] = user.Id;
        }

        return ids;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>
    /// Cases at the manager's workplace in every early state, and two further on at other pilot workplaces; answers the
    /// case whose first conversation is held, for the demo employee.
    /// </summary>
    private async Task<Guid> CreateOpenCasesAsync(List<OrganisationUnit> pilots, int groupId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var chosen = new HashSet<int>();
        async Task<Guid> Report(OrganisationUnit workplace, int daysAgo)
        {
            var firstDay = today.AddDays(-daysAgo);
            var employeeId = await FreeEmployeeAsync(workplace, firstDay, chosen, cancellationToken);
            var result = await mediator.Send(
                new RegisterSickCall(employeeId, null, firstDay, AbsenceType.OwnIllness, 100, null, null), cancellationToken);
            return result.CaseId;
        }

        Task Act(CaseCommand command, Guid caseId) => mediator.Send(command with { CaseId = caseId }, cancellationToken);

        await Report(pilots[0], 0);
        await Report(pilots[0], 3);

        var talked = await Report(pilots[0], 12);
        await Act(new RecordCareContact(today.AddDays(-8), "Ringet hjem og hørt hvordan det går."), talked);
        await Act(new HoldFirstConversation(today.AddDays(-2), ConversationForm.Phone, today.AddDays(10), null, false, false, false), talked);

        var overdue = await Report(pilots[0], 33);
        await Act(new RecordCareContact(today.AddDays(-29), null), overdue);

        var coordinated = await Report(pilots[1], 50);
        await Act(new RecordCareContact(today.AddDays(-46), null), coordinated);
        await Act(new HoldFirstConversation(today.AddDays(-25), ConversationForm.InPerson, today.AddDays(30), null, true, false, false), coordinated);
        await Act(new StartCoordination(today.AddDays(-14), "Langvarigt fravær"), coordinated);

        var planned = await Report(pilots[2 % pilots.Count], 80);
        await Act(new RecordCareContact(today.AddDays(-76), null), planned);
        await Act(new HoldFirstConversation(today.AddDays(-55), ConversationForm.InPerson, today.AddDays(14), null, true, true, false), planned);
        await Act(new StartCoordination(today.AddDays(-45), "Langvarigt fravær"), planned);
        await Act(new AgreePreventionPlan(today.AddDays(-30),
        [
            new MeasureInput("Gradvis tilbagevenden med nedsat tid de første fire uger", "Nærmeste leder", null, today.AddDays(5)),
            new MeasureInput("Arbejdspladsvurdering af løft og forflytninger", "Arbejdsmiljørepræsentant", null, today.AddDays(-2)),
        ]), planned);

        var returned = await Report(pilots[0], 6);
        await Act(new RegisterReturn(today.AddDays(-3)), returned);

        await mediator.Send(
            new RecordReview(
                today.AddDays(-7),
                [DemoAccounts.Coordinator.DisplayName, DemoAccounts.Manager.DisplayName, "Tina Tillidsrepræsentant"],
                [new ReviewItemInput(coordinated, ReviewDecision.ContinueMonitoring, "Følges tæt; ny status næste uge", null, null, null)])
            {
                GroupId = groupId,
            },
            cancellationToken);
        return talked;
    }

    /// <summary>An employee of the workplace (or its teams) employed on the day, without an absence touching it.</summary>
    private async Task<int> FreeEmployeeAsync(OrganisationUnit workplace, DateOnly firstDay, HashSet<int> chosen, CancellationToken cancellationToken)
    {
        var units = await db.Units.Where(u => u.Path.StartsWith(workplace.Path)).Select(u => u.Id).ToListAsync(cancellationToken);
        var from = firstDay.AddDays(-7);
        var candidates = await db.Employments
            .Where(e => units.Contains(e.UnitId) && e.From <= from && (e.To == null || e.To >= firstDay))
            .Select(e => e.EmployeeId)
            .Where(id => !db.Spells.Any(s => s.EmployeeId == id && (s.LastDay == null || s.LastDay >= from)))
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
        var employeeId = candidates.First(id => !chosen.Contains(id));
        chosen.Add(employeeId);
        return employeeId;
    }
}
