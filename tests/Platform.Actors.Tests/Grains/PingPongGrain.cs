namespace Platform.Actors.Tests.Grains;

public interface IPingPongGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/> back and forth <paramref name="hops"/> times.</summary>
    Task<string> Bounce(string other, int hops);
}

public sealed class PingPongGrain : Grain, IPingPongGrain
{
    public async Task<string> Bounce(string other, int hops)
    {
        if (hops == 0)
        {
            return "done";
        }

        return await GrainFactory.GetGrain<IPingPongGrain>(other).Bounce(this.GetPrimaryKeyString(), hops - 1);
    }
}
