using Orleans.Dashboard;
using Platform.Blogging.Hosting;

namespace Platform.Gateway.Engine;

/// <summary>
/// The engine: an Orleans silo co-hosted in this process, clustered by <c>Cluster:*</c>, storing grain state with
/// <c>Storage:*</c>, running the blog domain's grains and silo services. The web host and the command line share it.
/// </summary>
public static class EngineHostingExtensions
{
    /// <summary>
    /// Adds the silo and the blog domain to <paramref name="builder"/>; returns the storage provider in use. With
    /// <paramref name="dashboard"/>, the silo also collects what the Orleans dashboard shows.
    /// </summary>
    public static string AddPlatformEngine(this IHostApplicationBuilder builder, bool dashboard = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var cluster = configuration.ReadClusterOptions();
        var provider = "";
        builder.UseOrleans(silo =>
        {
            silo.UseConfiguredClustering(cluster);

            // Grain calls carry the caller's trace, so a request's trace spans gateway, grain and storage.
            silo.AddActivityPropagation();
            provider = silo.AddConfiguredGrainStorage(configuration);
            if (dashboard)
            {
                silo.AddDashboard();
            }
        });
        builder.Services.AddBlogging();
        return provider;
    }
}
