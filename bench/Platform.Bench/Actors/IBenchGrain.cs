using Platform.Actors;

namespace Platform.Bench.Actors;

public interface IBenchGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}
