using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.GoodExamples;

/// <summary>A good example as every manager and coordinator reads it: the workplace, what was done, what came of it, and the figures.</summary>
public sealed record GoodExampleDto(
    int Id, string Title, string WhatWasDone, string WhatCameOfIt, int UnitId, string UnitName, GoodExampleSource Source,
    DateOnly MarkedOn, ExampleFigures Figures);
