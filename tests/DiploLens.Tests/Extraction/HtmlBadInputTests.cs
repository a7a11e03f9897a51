using System.Diagnostics;
using System.Text;
using DiploLens.Extraction.Dates;
using DiploLens.Extraction.Html;
using DiploLens.Tests.Stages.Dates;
using Xunit;

namespace DiploLens.Tests.Extraction;

public sealed class HtmlBadInputTests
{
    private static readonly HtmlExtractor Extractor = new(HtmlRules.Embedded, DateParser.Default, FixedTimeProvider.Reference);

    private static HtmlExtraction Extract(string html) => Extractor.Extract(Encoding.UTF8.GetBytes(html), new HtmlInput("test.html"));

    private const string Paragraph = "<p>Le ministre a présenté le plan de coopération régionale, qui couvre la santé, l’éducation et l’énergie, devant les députés réunis en séance.</p>";

    [Fact]
    public void Extract_MalformedUnclosedHtml_KeepsText()
    {
        var result = Extract("<html><body><div class=article><p>Le ministre a présenté le plan de coopération, qui couvre la santé, l’éducation et l’énergie.<p>Une deuxième phrase, longue, avec des virgules, sans balise fermante <b>en gras <i>et italique</div></span></p>");
        Assert.Contains("Le ministre a présenté le plan", result.Document.Text, StringComparison.Ordinal);
        Assert.Contains("Une deuxième phrase", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedMarkup_DoesNotOverflow()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append(Paragraph);
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");
        var result = Extract(html.ToString());
        Assert.NotNull(result.Document.Text);
    }

    [Fact]
    public void Extract_ThirtyMegabytePage_FinishesInBoundedTime()
    {
        var html = new StringBuilder("<html><body><article>", 31_000_000);
        while (html.Length < 30_000_000)
        {
            html.Append(Paragraph);
        }

        html.Append("</article></body></html>");
        var watch = Stopwatch.StartNew();
        var result = Extract(html.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"took {watch.Elapsed}");
        Assert.True(result.Document.Text.Length > 1_000_000);
    }

    [Fact]
    public void Extract_AllNavigationPage_GivesEmptyTextAndRemovedNavigation()
    {
        var result = Extract("<html><body><nav><ul><li><a href=/>Accueil</a></li><li><a href=/a>Politique</a></li><li><a href=/b>Économie</a></li></ul></nav><div class=menu><a href=/c>Monde</a> <a href=/d>Sport</a></div><footer>© 2021</footer></body></html>");
        Assert.Equal(string.Empty, result.Document.Text.Trim());
        Assert.Contains(result.Document.Removed, r => r.Reason == "navigation");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><title>Vide</title></head><body></body></html>")]
    [InlineData("<html><body><img src=a.png><script>var x = 1;</script></body></html>")]
    public void Extract_PageWithoutText_GivesEmptyDocument(string html)
    {
        var result = Extract(html);
        Assert.Equal(string.Empty, result.Document.Text);
        Assert.Empty(result.Document.Get(DiploLens.Documents.Layers.Paragraphs));
    }

    [Fact]
    public void Extract_BinaryFileNamedHtml_IsRefusedClearly()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R' };
        var error = Assert.Throws<HtmlExtractionException>(() => Extractor.Extract(png, new HtmlInput("image.html")));
        Assert.Contains("not HTML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PlainTextNamedHtml_GivesTheText()
    {
        var result = Extractor.Extract(Encoding.UTF8.GetBytes("Le ministre a présenté le plan de coopération régionale, qui couvre la santé, l’éducation et l’énergie, devant les députés."), new HtmlInput("notes.html"));
        Assert.Contains("Le ministre a présenté le plan", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WrongDeclaredCharset_UsesUtf8WithWarning()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Hà Nội – Bộ Ngoại giao đã tổ chức tọa đàm</p></body></html>");
        var decoded = HtmlDecoder.Decode(bytes);
        Assert.Contains("Hà Nội", decoded.Html, StringComparison.Ordinal);
        Assert.NotNull(decoded.Warning);
    }

    [Fact]
    public void Decode_Windows1252Page_DecodesAccents()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Le ministre a présenté</p></body></html>");
        Assert.Contains("présenté", HtmlDecoder.Decode(bytes).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpCharsetWinsOverMeta()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>présenté</p></body></html>");
        var decoded = HtmlDecoder.Decode(bytes, "windows-1252");
        Assert.Contains("présenté", decoded.Html, StringComparison.Ordinal);
        Assert.Equal("http", decoded.How);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"TCVN3\"></head><body><p>Hµ Néi</p></body></html>")]
    [InlineData("<html><head><meta charset=\"VISCII\"></head><body><p>Ha Noi</p></body></html>")]
    [InlineData("<html><body><p style=\"font-family: .VnTime\">Hµ Néi</p></body></html>")]
    public void Decode_LegacyVietnameseEncoding_IsUnsupportedEncoding(string html)
    {
        var error = Assert.Throws<HtmlExtractionException>(() => HtmlDecoder.Decode(Encoding.Latin1.GetBytes(html)));
        Assert.Contains("unsupported encoding", error.Message, StringComparison.Ordinal);
    }
}
