using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

public abstract class CoordinationGroupInputValidator<TInput> : AbstractValidator<TInput>
    where TInput : ICoordinationGroupInput
{
    protected CoordinationGroupInputValidator()
    {
        RuleFor(g => g.Name).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(g => g.MeetingDay).RequiredEnum();
        RuleFor(g => g.WorkplaceIds).NotEmpty().WithCode(CoordinationCodes.WorkplaceRequired)
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithCode(CoordinationCodes.WorkplaceNamedTwice);
        RuleFor(g => g.Members).NotNull().WithCode(FieldCodes.Required);
        RuleForEach(g => g.Members).NotNull().WithCode(FieldCodes.Required).SetValidator(new GroupMemberInputValidator());
    }
}

public sealed class GroupMemberInputValidator : AbstractValidator<GroupMemberInput>
{
    public GroupMemberInputValidator()
    {
        RuleFor(m => m.UserId).SingleLineText(TextLimits.UserId);
        RuleFor(m => m.Name).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(m => m.Role).RequiredEnum();
    }
}

/// <summary>The checks of a group that need the database: the workplaces and member accounts exist, the name is free.</summary>
internal static class CoordinationGroupChecks
{
    public static async Task EnsureValidAsync(
        IApplicationDbContext db, IUserDirectory users, ICoordinationGroupInput input, int? groupId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        var ids = input.WorkplaceIds!;
        var known = await db.Units.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var unknownUnits = ids.Except(known).ToList();
        if (unknownUnits.Count > 0)
        {
            errors["workplaceIds"] = [new MessageCode(FieldCodes.UnknownUnits, ("ids", unknownUnits))];
        }

        var userIds = input.Members!.Select(m => m.UserId).OfType<string>().ToList();
        var accounts = await users.ByIdsAsync(userIds, cancellationToken);
        for (var i = 0; i < input.Members!.Count; i++)
        {
            if (input.Members[i].UserId is { } userId && !accounts.ContainsKey(userId))
            {
                errors[$"members[{i}].userId"] = [new MessageCode(FieldCodes.UnknownUser)];
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var name = input.Name!.Trim();
        if (await db.CoordinationGroups.AnyAsync(g => g.Name == name && g.Id != groupId, cancellationToken))
        {
            throw new ConflictException(CoordinationCodes.GroupNameTaken, ("name", name));
        }
    }

    public static void Apply(CoordinationGroup group, ICoordinationGroupInput input)
    {
        group.Update(input.Name!.Trim(), input.MeetingDay!.Value);
        group.ReplaceWorkplaces(input.WorkplaceIds!);
        group.ReplaceMembers(input.Members!.Select(m => (m.UserId, m.Name!.Trim(), m.Role!.Value)));
    }
}
