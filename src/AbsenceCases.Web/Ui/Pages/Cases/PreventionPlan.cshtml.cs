namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>
/// The prevention plan (forebyggelsesplan): measures with a responsible person and a follow-up date. The form has
/// a few empty rows and a button for more; rows left empty are not sent, and errors point back at the right row.
/// </summary>
public sealed class PreventionPlanModel(CaseActionServices services) : CaseActionPage<AgreePreventionPlan>(services)
{
    public const int BlankRows = 3;

    public override CaseTrigger Trigger => CaseTrigger.AgreePreventionPlan;

    /// <summary>"Flere tiltag": shows the form again with more empty rows, sending nothing.</summary>
    public async Task<IActionResult> OnPostMoreMeasuresAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = (Input ?? NewInput()) with { Measures = SentRows.WithBlanks(Input?.Measures, 2, MeasureRows.Blank) };
        ModelState.Clear();
        await LoadCaseAsync(id, cancellationToken);
        return Page();
    }

    protected override AgreePreventionPlan NewInput() =>
        new(Today, SentRows.WithBlanks([], BlankRows, MeasureRows.Blank));

    protected override AgreePreventionPlan ToCommand(AgreePreventionPlan input)
    {
        var rows = input.Measures ?? [];
        Sent = SentRows.NotBlank("measures", rows, MeasureRows.IsBlank);
        return input with { Measures = Sent.Pick(rows) };
    }
}
