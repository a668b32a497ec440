namespace Platform.Blogging.Media;

/// <summary>The answer to adding an item: the catalog's item (the earlier one when the same bytes came before) and whether it is new.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.MediaAdded")]
public sealed record MediaAdded([property: Id(0)] MediaItem Item, [property: Id(1)] bool Created);
