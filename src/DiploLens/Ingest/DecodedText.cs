namespace DiploLens.Ingest;

/// <summary>Bytes decoded to NFC text, with the encoding used and a warning when it had to be guessed.</summary>
public sealed record DecodedText(string Text, string Encoding, string? Warning);
