namespace DiploLens.Ingest;

/// <summary>An input is unusable (empty, binary, too large…). The message says what is wrong, without the file name, which the caller adds.</summary>
public sealed class InputException(string message) : Exception(message);
