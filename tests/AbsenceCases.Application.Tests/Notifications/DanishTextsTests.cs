using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Tests.Notifications;

public sealed class DanishTextsTests
{
    [TestCase(2026, 4, 13, "13. april 2026")]
    [TestCase(2026, 5, 1, "1. maj 2026")]
    [TestCase(2026, 10, 5, "5. oktober 2026")]
    [TestCase(2026, 12, 31, "31. december 2026")]
    [TestCase(2027, 1, 1, "1. januar 2027")]
    [TestCase(2028, 2, 29, "29. februar 2028")]
    public void ShouldWriteADateTheDanishWay(int year, int month, int day, string expected)
    {
        Assert.That(DanishTexts.Date(new DateOnly(year, month, day)), Is.EqualTo(expected));
    }

    [TestCase(DeadlineKind.CareContact, "Omsorgskontakt")]
    [TestCase(DeadlineKind.FirstConversation, "Sygefraværssamtale")]
    [TestCase(DeadlineKind.MunicipalityNotification, "Anmeldelse til kommunen via NemRefusion")]
    [TestCase(DeadlineKind.FastTrackOption, "Anmodning om tidlig opfølgning (fast track)")]
    [TestCase(DeadlineKind.RetentionPlan, "Fastholdelsesplan")]
    [TestCase(DeadlineKind.RoundTableMeeting, "Rundbordssamtale")]
    [TestCase(DeadlineKind.FrequentAbsenceConversation, "Samtale om hyppigt fravær")]
    [TestCase(DeadlineKind.CoordinationReview, "Sagsgennemgang i koordineringsgruppen")]
    [TestCase(DeadlineKind.MeasureFollowUp, "Opfølgning på tiltag i forebyggelsesplanen")]
    public void ShouldNameEveryDeadlineInDanish(DeadlineKind kind, string expected)
    {
        Assert.That(DanishTexts.Deadline(kind), Is.EqualTo(expected));
    }

    [Test]
    public void ShouldGiveEveryDeadlineKindItsOwnDanishName()
    {
        var kinds = Enum.GetValues<DeadlineKind>();
        var names = kinds.Select(DanishTexts.Deadline).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.None.AnyOf(kinds.Select(k => k.ToString()).ToArray()), "no kind falls back to its English name");
        });
    }

    [TestCase(ReminderStage.Due, "Påmindelse")]
    [TestCase(ReminderStage.Overdue, "Fristen er overskredet")]
    [TestCase(ReminderStage.EscalatedToHr, "Fristen er fortsat overskredet")]
    public void ShouldNameEveryReminderStageInDanish(ReminderStage stage, string expected)
    {
        Assert.That(DanishTexts.Stage(stage), Is.EqualTo(expected));
    }
}
