using DiploLens.Documents;

namespace DiploLens.Search;

/// <summary>
/// A short passage of an article's original text around the query's words. <see cref="Highlights"/> are spans into
/// <see cref="Text"/> (UTF-16, end exclusive), in order and not overlapping. Text is plain: renderers must encode it.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights)
{
    public static Snippet Empty { get; } = new(string.Empty, []);
}
