namespace Platform.Blogging.Content;

/// <summary>A post's URL path in two forms.</summary>
/// <param name="Path">
/// The decoded path, e.g. <c>/개발/2025/08/26/첫-글/</c>: match incoming request paths against this after the
/// server has percent-decoded them (ASP.NET Core's <c>HttpRequest.Path</c> is decoded).
/// </param>
/// <param name="EncodedPath">
/// The same path with each segment percent-encoded (UTF-8), e.g. <c>/%EA%B0%9C%EB%B0%9C/2025/...</c>: write this
/// into links, feeds and sitemaps.
/// </param>
public sealed record Permalink(string Path, string EncodedPath);
