namespace Platform.Blogging.Import.WordPress;

/// <summary>A term an item is filed under: <c>&lt;category domain="category|post_tag|..." nicename="slug"&gt;Name&lt;/category&gt;</c>.</summary>
internal sealed record WxrTerm(string Domain, string Nicename, string Name);
