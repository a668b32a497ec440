namespace Platform.Actors.Runtime;

/// <summary>The runtime's <see cref="IGrainFactory"/>.</summary>
internal sealed class GrainFactory(GrainRuntime runtime) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        var info = runtime.Registry.GetInterface(typeof(TGrainInterface));
        return (TGrainInterface)info.CreateReference(runtime, new GrainId(info.Grain.TypeName, primaryKey));
    }
}
