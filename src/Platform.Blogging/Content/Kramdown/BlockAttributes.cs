using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Applies kramdown block IALs after parsing, as kramdown does: an IAL right after a block (no blank line between)
/// belongs to that block; one after a blank line or at the start belongs to the next block. References to
/// attribute list definitions are resolved; the IAL and definition lines themselves render nothing.
/// </summary>
internal static class BlockAttributes
{
    private static readonly object DefinitionsKey = new();

    /// <summary>Applies every block IAL in <paramref name="document"/> and returns the lists that asked for a table of contents (<c>{:toc}</c>).</summary>
    public static IReadOnlyList<ListBlock> Apply(MarkdownDocument document)
    {
        var tocLists = new List<ListBlock>();
        _ = FindDefinition(document, string.Empty); // reads every definition before their lines are removed
        Visit(document, document, tocLists);
        return tocLists;
    }

    /// <summary>The attribute list defined as <paramref name="name"/> (<c>{:name: ...}</c>) anywhere in the document, or <see langword="null"/>.</summary>
    public static AttributeList? FindDefinition(MarkdownDocument document, string name)
    {
        if (document.GetData(DefinitionsKey) is not Dictionary<string, AttributeList> definitions)
        {
            definitions = new Dictionary<string, AttributeList>(StringComparer.Ordinal);
            foreach (var block in document.Descendants<AttributeDefinitionBlock>())
            {
                if (definitions.TryGetValue(block.Name, out var existing))
                {
                    existing.Merge(block.Attributes);
                }
                else
                {
                    definitions[block.Name] = block.Attributes;
                }
            }

            document.SetData(DefinitionsKey, definitions);
        }

        return definitions.GetValueOrDefault(name);
    }

    private static void Visit(ContainerBlock container, MarkdownDocument document, List<ListBlock> tocLists)
    {
        bool pending = false;
        for (int i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is AttributeDefinitionBlock)
            {
                container.RemoveAt(i--);
                continue;
            }

            if (block is AttributeListBlock list)
            {
                bool toPrevious = !list.AfterBlankLine && !pending && i > 0;
                var target = toPrevious ? container[i - 1] : NextBlock(container, i);
                pending = !toPrevious;
                if (target is not null)
                {
                    Apply(list.Attributes, target, document, tocLists);
                }

                container.RemoveAt(i--);
                continue;
            }

            pending = false;
            if (block is ContainerBlock inner)
            {
                Visit(inner, document, tocLists);
            }
        }
    }

    private static Block? NextBlock(ContainerBlock container, int index)
    {
        for (int i = index + 1; i < container.Count; i++)
        {
            if (container[i] is not AttributeListBlock and not AttributeDefinitionBlock)
            {
                return container[i];
            }
        }

        return null;
    }

    private static void Apply(AttributeList list, Block target, MarkdownDocument document, List<ListBlock> tocLists)
    {
        if (target is LinkReferenceDefinitionGroup)
        {
            return;
        }

        var attributes = target.GetAttributes();
        foreach (string reference in list.References)
        {
            if (reference == "toc" && target is ListBlock tocList)
            {
                tocLists.Add(tocList);
            }
            else if (FindDefinition(document, reference) is { } definition)
            {
                definition.ApplyTo(attributes);
            }
        }

        list.ApplyTo(attributes);
    }
}
