namespace Platform.Actors.Runtime;

/// <summary>One grain interface served by one grain class.</summary>
internal sealed record GrainRegistration(Type Interface, Type GrainClass);
