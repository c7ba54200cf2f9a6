using System.Linq.Expressions;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>
/// The rules of a case action taken on a day: the day, under the request's own field, is required and not in the
/// future; the note, where the action takes one, is a note.
/// </summary>
public abstract class DatedStepValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : CaseCommand
{
    protected DatedStepValidator(MunicipalClock clock, Expression<Func<TCommand, DateOnly?>> day, Expression<Func<TCommand, string?>>? note = null)
    {
        RuleFor(day).RequiredNotInFuture(clock);
        if (note is not null)
        {
            RuleFor(note).Note();
        }
    }
}
