using Orleans.Concurrency;

namespace Platform.Blogging.Media;

/// <summary>A blog's media catalog (key: the blog's name): listing never scans the store.</summary>
[Alias("platform.IBlogMediaGrain")]
public interface IBlogMediaGrain : IGrainWithStringKey
{
    /// <summary>Adds an item whose files are stored; an item with the same id is kept and returned instead.</summary>
    Task<MediaAdded> Add(MediaItem item);

    /// <summary>The item with this id, or null.</summary>
    [ReadOnly]
    Task<MediaItem?> Find(string id);

    /// <summary>Every item, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MediaItem>> List();

    /// <summary>Removes an item from the catalog and returns it (null when there was none); the caller deletes its files.</summary>
    Task<MediaItem?> Remove(string id);
}
