namespace DiploLens.Extraction.Html;

/// <summary>HTML bytes decoded to text: the encoding used, how it was chosen (<c>bom</c>, <c>http</c>, <c>meta</c>, <c>sniffed</c>), and a warning when the declaration was wrong or absent.</summary>
public sealed record DecodedHtml(string Html, string Encoding, string How, string? Warning);
