namespace DiploLens.Extraction.Dates;

/// <summary>
/// What date parsing needs besides the text: the language (for names and day/month order; null = unknown), the
/// reference date (dates without a year resolve to one not after it) and the publication year when known
/// (a bare day + month takes it).
/// </summary>
public sealed record DateContext(string? Language, DateOnly Reference, int? PublicationYear = null);
