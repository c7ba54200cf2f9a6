namespace AbsenceCases.SeedGenerator.Workforce;

/// <summary>
/// Fills each position (one per unit of headcount) with a chain of employees: the one in post at the start date
/// and, after each leaver, a successor hired from the first of a month. A few employees change unit or hours once.
/// Employees are produced one at a time, so nothing grows with the headcount.
/// </summary>
internal sealed class WorkforceGenerator(GeneratorOptions options, OrganisationPlan organisation, Random random)
{
    private const int FirstEmployeeNumber = 100001;
    private const int LongestTenureBeforeStartInDays = 25 * 365;
    private const int LongestVacancyInDays = 61;
    private const double LeaversPerYear = 0.10;
    private const double ChangesPerYear = 0.04;
    private const double UnitChangeShare = 0.4;
    private const decimal FullTimeHours = 37m;
    private const decimal ReducedFullTimeHours = 32m;
    private const decimal MostHoursBesideASecondPost = 25m;
    private const int EveryNthPartTimerWithASecondPost = 4;

    private sealed record Post(Workplace Workplace, Unit Unit, StaffGroup StaffGroup);

    public IEnumerable<Employee> Employees()
    {
        var number = FirstEmployeeNumber;
        for (var position = 0; position < options.Headcount; position++)
        {
            var post = CreatePost(position);
            var from = DateMath.FirstOfMonthOnOrAfter(options.StartDate.AddDays(-random.Next(1, LongestTenureBeforeStartInDays)));
            while (from <= options.EndDate)
            {
                var to = DrawLeavingDay(from);
                yield return WithSecondPost(new Employee(
                    (number++).ToString(CultureInfo.InvariantCulture),
                    NameGenerator.Next(random),
                    post.StaffGroup,
                    Employments(post, from, to)));
                if (to is null)
                {
                    break;
                }

                from = DateMath.FirstOfMonthOnOrAfter(to.Value.AddDays(1 + random.Next(LongestVacancyInDays)));
            }
        }
    }

    /// <summary>The first positions are the leaders of the workplaces, one each; the rest are spread by area.</summary>
    private Post CreatePost(int position)
    {
        if (position < organisation.Workplaces.Count)
        {
            var led = organisation.Workplaces[position];
            return new Post(led, led.Unit, StaffGroup.Leader);
        }

        var workplace = organisation.PickWorkplace(random);
        return new Post(workplace, workplace.PlaceEmployee(random), workplace.Area.StaffGroups.Pick(random));
    }

    /// <summary>Leavers leave at the end of a month; null when the employee is still employed at the end date.</summary>
    private DateOnly? DrawLeavingDay(DateOnly from)
    {
        var leavingDay = DrawEventDay(from, LeaversPerYear, options.EndDate) is { } day ? DateMath.EndOfMonth(day) : (DateOnly?)null;
        return leavingDay <= options.EndDate ? leavingDay : null;
    }

    /// <summary>The first of a month on which the employee changes unit or hours; null for no change.</summary>
    private DateOnly? DrawChangeDay(DateOnly from, DateOnly last)
    {
        var changeDay = DrawEventDay(from, ChangesPerYear, last) is { } day ? DateMath.FirstOfMonthOnOrAfter(day) : (DateOnly?)null;
        return changeDay > from && changeDay <= last ? changeDay : null;
    }

    private List<Employment> Employments(Post post, DateOnly from, DateOnly? to)
    {
        var first = new Employment(post.Workplace, post.Unit, post.StaffGroup.WeeklyHours.Pick(random), from, to);
        if (DrawChangeDay(from, to ?? options.EndDate) is not { } changeDay)
        {
            return [first];
        }

        var moveTo = random.Chance(UnitChangeShare) ? organisation.PickOtherWorkplaceInArea(post.Workplace, random) : null;
        var second = moveTo is null
            ? first with { WeeklyHours = ChangedHours(first.WeeklyHours) }
            : first with { Workplace = moveTo, Unit = moveTo.PlaceEmployee(random) };
        return [first with { To = changeDay.AddDays(-1) }, second with { From = changeDay }];
    }

    /// <summary>
    /// Every fourth part-timer of at most 25 hours without a change holds a second post in the next workplace of the
    /// area, making up full time. Chosen by number, not drawn, so that the random stream behind the rest stays as it was.
    /// </summary>
    private Employee WithSecondPost(Employee employee)
    {
        if (employee.Employments is not [var only]
            || only.WeeklyHours > MostHoursBesideASecondPost
            || int.Parse(employee.Number, CultureInfo.InvariantCulture) % EveryNthPartTimerWithASecondPost != 0
            || organisation.NextWorkplaceInArea(only.Workplace) is not { } other)
        {
            return employee;
        }

        return employee with { SecondPost = only with { Workplace = other, Unit = other.FirstPlace, WeeklyHours = FullTimeHours - only.WeeklyHours } };
    }

    /// <summary>Part-timers go up to full time (heltidskultur); full-timers go down to reduced hours.</summary>
    private static decimal ChangedHours(decimal weeklyHours) => weeklyHours < FullTimeHours ? FullTimeHours : ReducedFullTimeHours;

    /// <summary>The day of an event that happens at a steady yearly rate from the start of the data, or null if not by <paramref name="last"/>.</summary>
    private DateOnly? DrawEventDay(DateOnly from, double perYear, DateOnly last)
    {
        var start = DateMath.Max(from, options.StartDate);
        var daysUntil = random.Exponential(365.25 / perYear);
        return daysUntil > last.DayNumber - start.DayNumber ? null : start.AddDays((int)daysUntil);
    }
}
