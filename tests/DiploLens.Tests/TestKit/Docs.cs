using DiploLens.Documents;

namespace DiploLens.Tests.TestKit;

/// <summary>Builds Documents by hand for stage tests: one paragraph per blank-line-separated block.</summary>
internal static class Docs
{
    public static Document FromParagraphs(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var spans = new List<Paragraph>();
        var offset = 0;
        foreach (var paragraph in paragraphs)
        {
            spans.Add(new Paragraph(new TextSpan(offset, offset + paragraph.Length), BlockKind.Paragraph));
            offset += paragraph.Length + 2;
        }

        return new Document(text, new DocumentMetadata { Source = "test", ContentHash = ContentHash.Of(text) }, spans);
    }
}
