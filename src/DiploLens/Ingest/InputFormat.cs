namespace DiploLens.Ingest;

/// <summary>How a raw article's body is written.</summary>
public enum InputFormat
{
    Text,
    Html,
}
