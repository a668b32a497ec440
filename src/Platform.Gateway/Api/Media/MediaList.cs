using Platform.Gateway.Api.Posts;

namespace Platform.Gateway.Api.Media;

/// <summary>A page of a blog's media, newest first, with Ghost-style pagination.</summary>
internal sealed record MediaList(IReadOnlyList<MediaResource> Media, Pagination Pagination);
