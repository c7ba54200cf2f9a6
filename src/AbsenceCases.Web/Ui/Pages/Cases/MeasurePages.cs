using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>When the plan's forms apply; the case page and the plan page offer their links by the same rules.</summary>
public static class PlanForms
{
    /// <summary>The case is open and has a plan.</summary>
    public static bool AppliesTo(CaseDetails @case) => @case.Status != CaseStatus.Closed && @case.PreventionPlan is not null;

    /// <summary>The measure is still planned: it can be changed, completed or dropped.</summary>
    public static bool AppliesTo(MeasureDto measure) => measure.Status == MeasureStatus.Planned;
}

/// <summary>A form about the prevention plan of an open case; it returns to the plan.</summary>
public abstract class PlanFormPage<TCommand>(CaseActionServices services) : CaseFormPage<TCommand>(services)
    where TCommand : CaseCommand
{
    public override string ReturnPage => "/Cases/Plan";

    public override string BackText => Texts.Plan.BackToPlan;

    protected override bool IsAvailable(CaseDetails @case) => PlanForms.AppliesTo(@case);
}

/// <summary>A form about one planned measure of the plan, named by the route.</summary>
public abstract class MeasureFormPage<TCommand>(CaseActionServices services) : PlanFormPage<TCommand>(services)
    where TCommand : CaseCommand
{
    [BindProperty(SupportsGet = true)]
    public int MeasureId { get; set; }

    public MeasureDto? Measure => Case.PreventionPlan?.Measures.FirstOrDefault(m => m.Id == MeasureId);

    protected override bool IsAvailable(CaseDetails @case) => base.IsAvailable(@case) && Measure is { } measure && PlanForms.AppliesTo(measure);
}

public sealed class AddMeasureModel(CaseActionServices services) : PlanFormPage<AddMeasure>(services)
{
    public override string Title => Texts.Plan.Add;

    protected override AddMeasure NewInput() => new(null, null, null, null);
}

/// <summary>Changes a planned measure: the form starts from its current values and sends them all (PUT semantics).</summary>
public sealed class EditMeasureModel(CaseActionServices services) : MeasureFormPage<EditMeasure>(services)
{
    public override string Title => Texts.Plan.EditTitle;

    protected override EditMeasure NewInput() =>
        new(Measure!.Description, Measure.Responsible, Measure.ResponsibleUserId, Measure.FollowUpOn);

    protected override EditMeasure ToCommand(EditMeasure input) => input with { MeasureId = MeasureId };
}

public sealed class CompleteMeasureModel(CaseActionServices services) : MeasureFormPage<CompleteMeasure>(services)
{
    public override string Title => Texts.Plan.CompleteTitle;

    protected override CompleteMeasure NewInput() => new(Today, null);

    protected override CompleteMeasure ToCommand(CompleteMeasure input) => input with { MeasureId = MeasureId };
}

public sealed class DropMeasureModel(CaseActionServices services) : MeasureFormPage<DropMeasure>(services)
{
    public override string Title => Texts.Plan.DropTitle;

    protected override DropMeasure NewInput() => new((string?)null);

    protected override DropMeasure ToCommand(DropMeasure input) => input with { MeasureId = MeasureId };
}
