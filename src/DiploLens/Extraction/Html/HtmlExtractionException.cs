namespace DiploLens.Extraction.Html;

/// <summary>The input cannot be extracted as an HTML page (binary content, an unsupported legacy encoding); the message says why.</summary>
public sealed class HtmlExtractionException(string message) : Exception(message);
