using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>One entry of <c>_config.yml</c>'s <c>defaults</c>: front matter values for the files a scope matches.</summary>
/// <param name="Path">The scope's <c>path</c> (relative to the site, may hold <c>*</c>); empty for every file.</param>
/// <param name="Type">The scope's <c>type</c> (<c>posts</c>, <c>drafts</c>, <c>pages</c>, ...); null for every type.</param>
/// <param name="Values">The front matter keys and values it gives.</param>
public sealed record JekyllDefault(string Path, string? Type, YamlMappingNode Values);
