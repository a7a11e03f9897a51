using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Quotations;

public sealed class QuotationFinderTests
{
    private static (Document Document, IReadOnlyList<Quotation> Quotes) Find(params string[] paragraphs)
    {
        var document = Analysed.Paragraphs(paragraphs);
        return (document, document.Get(Layers.Quotations));
    }

    [Theory]
    [InlineData("« Le Vietnam est un partenaire fiable et responsable », a déclaré le ministre Bui Thanh Son.")]
    [InlineData("“Vietnam is a reliable and responsible partner,” Minister Bui Thanh Son said.")]
    [InlineData("„Vietnam is a reliable and responsible partner“, said Foreign Minister Bui Thanh Son.")]
    [InlineData("Bộ trưởng Bùi Thanh Sơn nhấn mạnh: “Việt Nam là đối tác tin cậy và có trách nhiệm”.")]
    public void Find_DirectQuoteInAnyMarks_AttributedToTheSpeaker(string text)
    {
        var (document, quotes) = Find(text);
        var quote = Assert.Single(quotes);
        Assert.Equal(QuotationKind.Direct, quote.Kind);
        Assert.Equal("person:bui-thanh-son", quote.SpeakerId);
        Assert.DoesNotContain("«", document.TextOf(quote.Span));
    }

    [Fact]
    public void Find_PronounAfterNamedSpeaker_ResolvesToHim()
    {
        var (_, quotes) = Find(
            "Le vice-ministre Pham Quang Hieu a reçu l’ambassadrice Marie Dupont.",
            "La coopération doit être renforcée dans tous les domaines, a-t-il souligné.");
        var quote = Assert.Single(quotes);
        Assert.Equal("person:pham-quang-hieu", quote.SpeakerId);
        Assert.Equal("a-t-il souligné", quote.Cue);
    }

    [Fact]
    public void Find_FemininePronoun_SkipsTheMaleSpeaker()
    {
        var (_, quotes) = Find(
            "Mme Marie Dupont a rencontré M. Pham Quang Hieu à Hanoï.",
            "Les deux pays partagent de nombreux intérêts communs, a-t-elle estimé.");
        Assert.Equal("person:marie-dupont", Assert.Single(quotes).SpeakerId);
    }

    [Fact]
    public void Find_NominalWithNoPersonInTheArticle_KeepsTheWordsUnresolved()
    {
        var (_, quotes) = Find("The official said that the country must raise the effectiveness of multilateral diplomacy.");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.SpeakerId);
        Assert.Equal("The official", quote.SpeakerText);
    }

    [Fact]
    public void Find_ReportedSpeechInVietnamese_ContentFollowsTheVerb()
    {
        var (document, quotes) = Find("Thứ trưởng Đỗ Hùng Việt cho biết Việt Nam sẽ tiếp tục đóng góp tích cực cho Liên hợp quốc.");
        var quote = Assert.Single(quotes);
        Assert.Equal("person:do-hung-viet", quote.SpeakerId);
        Assert.Equal("Việt Nam sẽ tiếp tục đóng góp tích cực cho Liên hợp quốc", document.TextOf(quote.Span));
    }

    [Fact]
    public void Find_VietnameseVerbFoldingLikeAPlaceName_IsNoCue()
    {
        // "nói" (say) folds like "Nội" in Hà Nội; Vietnamese verbs match with their tones.
        var (_, quotes) = Find("Đại sứ Nguyễn Văn An tới Hà Nội tham dự hội nghị về hợp tác khu vực.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Find_BareGivenNameBeforeVerb_ResolvesToThePersonNamedEarlier()
    {
        var (_, quotes) = Find("Deputy Minister Do Hung Viet received the ambassador.", "Viet said Vietnam values the partnership with Australia.");
        Assert.Equal("person:do-hung-viet", Assert.Single(quotes).SpeakerId);
    }

    [Theory]
    [InlineData("The meeting, themed “Multilateral Diplomacy: Promoting Vietnam’s Participation in Forums,” was held in Hanoi.")]
    [InlineData("Tọa đàm “Đối ngoại Đa phương Việt Nam: Đóng góp 75 năm qua và định hướng” diễn ra tại Hà Nội.")]
    [InlineData("He launched the book “Vietnam's bamboo diplomacy” yesterday.")]
    [InlineData("")]
    public void Find_QuotedTitlesAndEmptyText_AreNoQuotations(string text) => Assert.Empty(Find(text).Quotes);
}
