namespace Platform.Storage.Tests.MultiHost;

[Alias("tests.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, stores it, and returns the new count.</summary>
    Task<int> Increment();

    /// <summary>The count.</summary>
    Task<int> Current();
}
