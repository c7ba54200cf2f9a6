using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.GoodExamples;

internal static class GoodExamples
{
    public static GoodExampleDto ToDto(GoodExample example, string unitName) =>
        new(example.Id, example.Title, example.WhatWasDone, example.WhatCameOfIt, example.UnitId, unitName, example.Source, example.MarkedOn,
            example.Figures);
}
