using System.Globalization;

namespace Platform.Bench;

/// <summary>Command-line options shared by the benchmarks.</summary>
internal sealed record BenchOptions(int Seconds, int Grains)
{
    public static BenchOptions Parse(string[] args)
    {
        var seconds = 5;
        var grains = 100_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--seconds":
                    seconds = value;
                    break;
                case "--grains":
                    grains = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new BenchOptions(seconds, grains);
    }
}
