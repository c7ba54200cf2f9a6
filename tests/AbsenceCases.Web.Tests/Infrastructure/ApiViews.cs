using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Web.Tests.Infrastructure;

// Answers of the API as a client reads them, where a message code arrives as its text in the request's language.

public sealed record NotificationView(
    long Id, NotificationKind Kind, DeadlineKind? DeadlineKind, Guid? CaseId, DateOnly? DueDate, string Message, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);

public sealed record IndicatorView(
    string Key, CoreElement Element, string Name, int Numerator, int Denominator, double? ValuePercent, double TargetPercent, bool? Met);

public sealed record IndicatorReportView(string From, string To, int? UnitId, IReadOnlyList<IndicatorView> Indicators, bool AllMet);

public sealed record ImplementationView(IReadOnlyList<IndicatorView> Indicators, bool Achieved);

public sealed record SuccessCriteriaView(
    MonthRange Baseline, MonthRange Project, AbsenceRateCriterion AbsenceRate, ImplementationView Implementation, IReadOnlyList<InitiativeEffect> Initiatives);
