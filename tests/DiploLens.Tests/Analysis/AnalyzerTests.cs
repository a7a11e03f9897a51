using DiploLens.Analysis;

namespace DiploLens.Tests.Analysis;

public sealed class AnalyzerTests
{
    [Fact]
    public void Search_FoldsAndKeepsOffsetsIntoTheOriginal()
    {
        const string text = "Bộ trưởng Bùi Thanh Sơn";
        var tokens = Analyzer.Search.Analyze(text);
        Assert.Equal(["bo", "truong", "bui", "thanh", "son"], tokens.Select(t => t.Term));
        Assert.Equal("Sơn", tokens[^1].Span.Of(text));
    }

    [Fact]
    public void Tokenize_NumbersKeepTheirSeparators_ApostrophesAndHyphensSplit()
    {
        const string text = "l’ONU a 1.000 membres, 3,5 % non-traditional";
        var words = DiploLens.Analysis.Tokenizer.Tokenize(text).Select(s => s.Of(text));
        Assert.Equal(["l", "ONU", "a", "1.000", "membres", "3,5", "non", "traditional"], words);
    }

    [Fact]
    public void For_French_DropsStopwords() =>
        Assert.Equal(["diplomatie", "parti"], Analyzer.For("fr", LanguageData.Embedded).Analyze("la diplomatie du Parti").Select(t => t.Term));

    [Fact]
    public void Analyze_EmptyAndPunctuationOnly_GiveNoTokens()
    {
        Assert.Empty(Analyzer.Search.Analyze(string.Empty));
        Assert.Empty(Analyzer.Search.Analyze(" – … ./. "));
    }
}
