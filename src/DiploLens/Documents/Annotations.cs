namespace DiploLens.Documents;

/// <summary>The role of a paragraph-level block of the article text.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}

/// <summary>A block of the article body, as laid out by the source.</summary>
public sealed record Paragraph(TextSpan Span, BlockKind Kind);

/// <summary>A sentence inside one paragraph.</summary>
public sealed record Sentence(TextSpan Span);

/// <summary>A token and its search form (lower-cased, diacritics folded).</summary>
public sealed record Token(TextSpan Span, string Term);
