namespace AbsenceCases.Application.Cases;

public static class CaseQueries
{
    /// <summary>A case with what its workflow and deadlines read: spells, conversations, documentation requests and the prevention plan.</summary>
    public static IQueryable<AbsenceCase> WithWorkflowData(this IQueryable<AbsenceCase> cases) =>
        cases
            .Include(c => c.Spells)
            .Include(c => c.Conversations)
            .Include(c => c.DocumentationRequests)
            .Include(c => c.PreventionPlan!).ThenInclude(p => p.Measures);
}
