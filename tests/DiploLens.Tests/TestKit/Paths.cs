namespace DiploLens.Tests.TestKit;

/// <summary>Where the test data is: the seeds copied beside the tests, and the fixtures folder.</summary>
internal static class Paths
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Samples, prefix + "_*.txt").Single();
}
