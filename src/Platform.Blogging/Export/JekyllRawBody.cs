namespace Platform.Blogging.Export;

/// <summary>
/// Keeps a post's body from being read as Liquid: Jekyll renders <c>{{ }}</c> and <c>{% %}</c> in every post, and so
/// does the platform's Jekyll import, so a body that holds them is written inside <c>{% raw %}...{% endraw %}</c>. Both
/// then give back the body exactly as stored. A body that holds <c>endraw</c> itself cannot be wrapped and is written
/// as it is.
/// </summary>
internal static class JekyllRawBody
{
    private const string Open = "{% raw %}";
    private const string Close = "{% endraw %}";

    public static string Protect(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var liquid = body.Contains("{{", StringComparison.Ordinal) || body.Contains("{%", StringComparison.Ordinal);
        return liquid && !body.Contains("endraw", StringComparison.Ordinal) ? Open + body + Close : body;
    }
}
