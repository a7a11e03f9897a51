namespace DiploLens.Ingest;

/// <summary>What a source yields: an article to ingest, or a failure to report. Exactly one of the two is set.</summary>
public readonly record struct InputItem(RawArticle? Article, IngestFailure? Failure)
{
    public static InputItem Of(RawArticle article) => new(article, null);

    public static InputItem Fail(string source, string problem) => new(null, new IngestFailure(source, problem));
}
