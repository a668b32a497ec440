using Platform.Bench;
using Platform.Bench.Blogging;
using Platform.Bench.Orleans;

// Usage: dotnet run -c Release --project bench/Platform.Bench -- orleans|blogging [--seconds N] [--grains N]
var mode = args.Length > 0 ? args[0] : "orleans";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return mode switch
{
    "orleans" => await OrleansCallBenchmark.RunAsync(options),
    "blogging" => await BloggingBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Platform.Bench orleans|blogging [--seconds N] [--grains N]");
    return 2;
}
