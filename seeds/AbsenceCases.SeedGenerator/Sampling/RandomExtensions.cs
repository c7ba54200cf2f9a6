namespace AbsenceCases.SeedGenerator.Sampling;

internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    public static double StandardNormal(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
