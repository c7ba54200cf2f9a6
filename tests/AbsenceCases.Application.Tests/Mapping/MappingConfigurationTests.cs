namespace AbsenceCases.Application.Tests.Mapping;

public sealed class MappingConfigurationTests
{
    [Test]
    public void ShouldMapEveryDestinationMemberOfEveryProfile()
    {
        var configuration = Mappings.Configuration();

        Assert.That(configuration.AssertConfigurationIsValid, Throws.Nothing);
    }
}
