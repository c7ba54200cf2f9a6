using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace AbsenceCases.Application.Tests.Support;

/// <summary>The application's AutoMapper profiles, loaded the way the DI registration scans for them.</summary>
internal static class Mappings
{
    public static MapperConfiguration Configuration() =>
        new(cfg => cfg.AddMaps(typeof(DependencyInjection).Assembly), NullLoggerFactory.Instance);

    public static IMapper Mapper() => Configuration().CreateMapper();
}
