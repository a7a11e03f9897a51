using DiploLens.Language;

namespace DiploLens.Tests.Language;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData('a', WritingScript.Latin)]
    [InlineData('ệ', WritingScript.Latin)]
    [InlineData('đ', WritingScript.Latin)]
    [InlineData('ж', WritingScript.Cyrillic)]
    [InlineData('λ', WritingScript.Greek)]
    [InlineData('ש', WritingScript.Hebrew)]
    [InlineData('ب', WritingScript.Arabic)]
    [InlineData('क', WritingScript.Devanagari)]
    [InlineData('ก', WritingScript.Thai)]
    [InlineData('한', WritingScript.Hangul)]
    [InlineData('の', WritingScript.Cjk)]
    [InlineData('中', WritingScript.Cjk)]
    [InlineData('ა', WritingScript.Georgian)]
    [InlineData('5', WritingScript.None)]
    [InlineData(' ', WritingScript.None)]
    [InlineData('\u0301', WritingScript.None)]
    public void Of_Character_IsItsScript(char c, WritingScript expected) => Assert.Equal(expected, ScriptDetector.Of(c));

    [Fact]
    public void Dominant_MixedText_IsTheScriptWithMostLetters()
    {
        var (script, letters) = ScriptDetector.Dominant("Путин met Macron в Москве");
        Assert.Equal(WritingScript.Cyrillic, script);
        Assert.Equal(21, letters);
    }

    [Fact]
    public void Dominant_NoLetters_IsNone() => Assert.Equal((WritingScript.None, 0), ScriptDetector.Dominant("12 + 30 = 42 🎉"));
}
