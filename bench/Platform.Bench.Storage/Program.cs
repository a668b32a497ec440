using System.Globalization;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Storage;
using Platform.Bench.Storage;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;

// Storage benchmark: latency p50/p99 and throughput per provider. See docs/performance.md ("Storage").
// Usage: dotnet run -c Release --project bench/Platform.Bench.Storage [samples] [throughput seconds]
var samples = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var duration = TimeSpan.FromSeconds(seconds);
var root = FindRepositoryRoot();
var work = Path.Combine(Path.GetTempPath(), "platform-bench-storage", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
var results = new List<Measurement>();
try
{
    using var azurite = await AzuriteProcess.StartAsync(root);

    // Orleans' own providers are built by a silo: one on loopback, with memory and blob storage registered.
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
    builder.UseOrleans(silo =>
    {
        silo.UseLocalhostClustering(siloPort: 11311, gatewayPort: 30311);
        silo.Services.AddSingleton<IGrainStorageSerializer, BloggingStateSerializer>();
        silo.AddMemoryGrainStorage("memory");
        silo.AddAzureBlobGrainStorage("blob", o =>
        {
            o.BlobServiceClient = new BlobServiceClient(azurite.ConnectionString);
            o.ContainerName = "bench";
        });
    });
    using var host = builder.Build();
    await host.StartAsync();
    var serializer = new BloggingStateSerializer();
    foreach (var body in new[] { 256, 16 * 1024 })
    {
        results.AddRange(await new StorageBenchmark("orleans memory", host.Services.GetRequiredKeyedService<IGrainStorage>("memory"), body, samples, duration).RunAsync());
        using (var sqlite = new SqliteGrainStorage(new SqliteStorageOptions { Path = Path.Combine(work, $"full-{body}.db"), GrainStorageSerializer = serializer }))
        {
            results.AddRange(await new StorageBenchmark("sqlite (synchronous=FULL, default)", sqlite, body, samples, duration).RunAsync());
        }

        using (var sqlite = new SqliteGrainStorage(new SqliteStorageOptions { Path = Path.Combine(work, $"normal-{body}.db"), FlushEveryCommit = false, GrainStorageSerializer = serializer }))
        {
            results.AddRange(await new StorageBenchmark("sqlite (synchronous=NORMAL)", sqlite, body, samples, duration).RunAsync());
        }

        results.AddRange(await new StorageBenchmark("orleans azure blob (Azurite, loopback)", host.Services.GetRequiredKeyedService<IGrainStorage>("blob"), body, samples, duration).RunAsync());
    }

    await host.StopAsync();
}
finally
{
    Directory.Delete(work, recursive: true);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; {samples} sequential samples per row; throughput: {StorageBenchmark.Workers} workers for {seconds} s"));
Console.WriteLine();
Console.WriteLine("| provider | operation | samples | p50 ms | p99 ms | ops/s (16 workers) |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var result in results)
{
    Console.WriteLine(result.ToRow());
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (Platform.sln not found).");
}
