using Platform.Bench;
using Platform.Bench.Actors;
using Platform.Bench.Blogging;

// Usage: dotnet run -c Release --project bench/Platform.Bench -- actors|blogging [--seconds N] [--grains N]
var mode = args.Length > 0 ? args[0] : "actors";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return mode switch
{
    "actors" => await ActorBenchmark.RunAsync(options),
    "blogging" => await BloggingBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Platform.Bench actors|blogging [--seconds N] [--grains N]");
    return 2;
}
