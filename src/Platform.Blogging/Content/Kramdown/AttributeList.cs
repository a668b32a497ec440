using System.Text;
using Markdig.Renderers.Html;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// The content of a kramdown attribute list (<c>{: #id .class key="value" ref}</c>): an id, classes, key-value
/// pairs and references to attribute list definitions (<c>{:ref: ...}</c>) or special names such as <c>toc</c>.
/// </summary>
internal sealed class AttributeList
{
    public string? Id { get; private set; }

    public List<string> Classes { get; } = [];

    public List<KeyValuePair<string, string>> Properties { get; } = [];

    public List<string> References { get; } = [];

    /// <summary>Reads the text between <c>{:</c> and <c>}</c>; tokens that are not attributes are ignored, as kramdown ignores them.</summary>
    public static AttributeList Parse(string text)
    {
        var list = new AttributeList();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int equals = -1;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '=' && equals < 0 && i + 1 < text.Length && text[i + 1] is '"' or '\'')
                {
                    equals = i;
                    break;
                }

                i++;
            }

            if (equals >= 0)
            {
                i = list.ReadPair(text, start, equals);
                continue;
            }

            list.ReadWord(text[start..i]);
        }

        return list;
    }

    /// <summary>Adds <paramref name="other"/>'s attributes to these: its id wins, classes add up, its values win.</summary>
    public void Merge(AttributeList other)
    {
        if (other.Id is not null)
        {
            Id = other.Id;
        }

        Classes.AddRange(other.Classes);
        foreach (var pair in other.Properties)
        {
            SetProperty(pair.Key, pair.Value);
        }

        References.AddRange(other.References);
    }

    /// <summary>Puts these attributes on a Markdig node's attributes, as kramdown puts an IAL on an element.</summary>
    public void ApplyTo(HtmlAttributes attributes)
    {
        if (Id is not null)
        {
            attributes.Id = Id;
        }

        foreach (string name in Classes)
        {
            attributes.AddClass(name);
        }

        foreach (var (key, value) in Properties)
        {
            if (key == "id")
            {
                attributes.Id = value;
            }
            else if (key == "class")
            {
                foreach (string name in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    attributes.AddClass(name);
                }
            }
            else
            {
                attributes.Properties?.RemoveAll(pair => pair.Key == key);
                attributes.AddProperty(key, value);
            }
        }
    }

    private int ReadPair(string text, int start, int equals)
    {
        string key = text[start..equals];
        char quote = text[equals + 1];
        var value = new StringBuilder();
        int i = equals + 2;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '}'))
            {
                i++;
            }

            value.Append(text[i]);
            i++;
        }

        if (IsName(key))
        {
            SetProperty(key, value.ToString());
        }

        return Math.Min(i + 1, text.Length);
    }

    private void ReadWord(string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (word[0] is '#' or '.')
        {
            ReadIdsAndClasses(word);
        }
        else if (IsName(word))
        {
            References.Add(word);
        }
    }

    private void ReadIdsAndClasses(string word)
    {
        int i = 0;
        while (i < word.Length)
        {
            char kind = word[i];
            int start = ++i;
            while (i < word.Length && word[i] is not '#' and not '.')
            {
                i++;
            }

            string name = word[start..i];
            if (kind == '#' && name.Length > 0 && char.IsAsciiLetter(name[0]))
            {
                Id = name;
            }
            else if (kind == '.' && name.Length > 0)
            {
                Classes.Add(name);
            }
        }
    }

    private void SetProperty(string key, string value)
    {
        Properties.RemoveAll(pair => pair.Key == key);
        Properties.Add(new KeyValuePair<string, string>(key, value));
    }

    private static bool IsName(string text) =>
        text.Length > 0 && (char.IsLetterOrDigit(text[0]) || text[0] == '_')
        && text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');
}
