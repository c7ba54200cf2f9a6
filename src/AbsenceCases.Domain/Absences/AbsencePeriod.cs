namespace AbsenceCases.Domain.Absences;

/// <summary>Contiguous spells of one employee and one type (the next starts the day after the last ends) form one absence period.</summary>
public sealed record AbsencePeriod(AbsenceType Type, DateOnly FirstDay, DateOnly? LastDay)
{
    public DateOnly LastDayOr(DateOnly asOf) => LastDay is { } last && last < asOf ? last : asOf;

    public static IEnumerable<AbsencePeriod> Join(IEnumerable<AbsenceSpell> spells)
    {
        foreach (var type in spells.GroupBy(s => s.Type))
        {
            AbsencePeriod? current = null;
            foreach (var spell in type.OrderBy(s => s.FirstDay))
            {
                if (current is { LastDay: { } last } && spell.FirstDay == last.AddDays(1))
                {
                    current = current with { LastDay = spell.LastDay };
                    continue;
                }

                if (current is not null)
                {
                    yield return current;
                }

                current = new AbsencePeriod(type.Key, spell.FirstDay, spell.LastDay);
            }

            if (current is not null)
            {
                yield return current;
            }
        }
    }
}
