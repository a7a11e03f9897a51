namespace DiploLens.Extraction.Html;

/// <summary>An image of the article (its <c>src</c>) with its caption or alt text, if any.</summary>
public sealed record ImageCaption(string Source, string? Caption);
