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

/// <summary>A candidate language (ISO 639-1 code, or <c>und</c>) with a confidence in [0, 1].</summary>
public sealed record LanguageGuess(string Language, double Confidence);

/// <summary>The language of one paragraph.</summary>
public sealed record SpanLanguage(TextSpan Span, string Language, double Confidence);

/// <summary>The document's language (<c>und</c> when too short or unsure), its ranked candidates, and each paragraph's language.</summary>
public sealed record LanguageAnnotation(string Language, double Confidence, IReadOnlyList<LanguageGuess> Candidates, IReadOnlyList<SpanLanguage> Paragraphs);
