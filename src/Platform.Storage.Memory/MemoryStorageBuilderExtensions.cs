using Microsoft.Extensions.DependencyInjection;
using Platform.Actors.Hosting;
using Platform.Actors.Persistence;

namespace Platform.Storage.Memory;

/// <summary>Registers <see cref="MemoryGrainStorage"/>.</summary>
public static class MemoryStorageBuilderExtensions
{
    /// <summary>Adds an in-memory provider under <paramref name="name"/>; pass <paramref name="instance"/> to share one store between hosts.</summary>
    public static ActorRuntimeBuilder AddMemoryGrainStorage(this ActorRuntimeBuilder builder, string name = GrainStorageNames.Default, MemoryGrainStorage? instance = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, instance ?? new MemoryGrainStorage());
        return builder;
    }
}
