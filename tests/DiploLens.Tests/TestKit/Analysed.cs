using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;

namespace DiploLens.Tests.TestKit;

/// <summary>Documents run through the default pipeline (entities, quotations, topics, figures included), for stage tests on whole texts.</summary>
internal static class Analysed
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();

    public static Document Text(string text, string source = "test.txt") =>
        Pipeline.Run(TextArticleExtractor.Default.Extract(new RawArticle { Source = source, Body = text }));

    public static Document Seed(string prefix) =>
        Text(File.ReadAllText(Paths.Seed(prefix)), Path.GetFileName(Paths.Seed(prefix)));

    public static Document Paragraphs(params string[] paragraphs) => Pipeline.Run(Docs.FromParagraphs(paragraphs));
}
