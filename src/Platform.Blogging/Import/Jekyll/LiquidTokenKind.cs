namespace Platform.Blogging.Import.Jekyll;

/// <summary>What a piece of a Liquid template is.</summary>
public enum LiquidTokenKind
{
    /// <summary>Plain text, copied as it is (also the content of a <c>{% raw %}</c> block).</summary>
    Text,

    /// <summary>An output, <c>{{ expression | filter }}</c>.</summary>
    Output,

    /// <summary>A tag, <c>{% name arguments %}</c>.</summary>
    Tag,
}
