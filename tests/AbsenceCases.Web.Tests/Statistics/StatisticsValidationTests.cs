using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Bad parameters answer 400 naming the field, an unknown unit 404; never 500.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class StatisticsValidationTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("to=2024-03", "from")]
    [TestCase("from=2024-13&to=2024-12", "from")]
    [TestCase("from=2024-1&to=2024-12", "from")]
    [TestCase("from=1999-12&to=2000-01", "from")]
    [TestCase("from=2024-01", "to")]
    [TestCase("from=2024-05&to=2024-04", "to")]
    [TestCase("from=2014-01&to=2024-01", "to")]
    [TestCase("from=2024-01&to=2024-12&groupBy=month,week", "groupBy")]
    [TestCase("from=2024-01&to=2024-12&absenceType=influenza", "absenceType")]
    [TestCase("from=2024-01&to=2024-12&unitId=abc", "unitId")]
    public async Task ShouldNameTheBadParameter(string query, string field)
    {
        var hr = await World.Hr();

        foreach (var path in new[] { "absence-rate", "absence-rate.csv", "absence-rate.xlsx" })
        {
            var response = await hr.GetAsync($"/api/statistics/{path}?{query}");

            Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { field }), path);
        }
    }

    [Test]
    public async Task ShouldAcceptTenYearsAndTheGroupingsInAnyCase()
    {
        var response = await (await World.Hr()).GetAsync("/api/statistics/absence-rate?from=2014-02&to=2024-01&groupBy=Month, LENGTHBAND");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownUnit()
    {
        var response = await (await World.Hr()).GetAsync("/api/statistics/absence-rate?from=2024-01&to=2024-12&unitId=999999");

        await response.Problem(HttpStatusCode.NotFound);
    }

    [TestCase("baselineTo=2024-12&from=2025-01&to=2025-12", "baselineFrom")]
    [TestCase("baselineFrom=2024-01&baselineTo=2023-12&from=2025-01&to=2025-12", "baselineTo")]
    [TestCase("baselineFrom=2024-01&baselineTo=2024-12&from=2024-12&to=2025-12", "from")]
    [TestCase("baselineFrom=2024-01&baselineTo=2024-12&from=2025-01&to=2025-13", "to")]
    public async Task ShouldNameTheBadParameterOfTheSuccessCriteria(string query, string field)
    {
        var response = await (await World.Hr()).GetAsync($"/api/statistics/success-criteria?{query}");

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task ShouldAskForSignIn()
    {
        var response = await World.Anonymous().GetAsync("/api/statistics/absence-rate?from=2024-01&to=2024-12");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
