using DiploLens.Language;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Language;

public sealed class LanguageDetectorTests
{
    public static IEnumerable<object[]> Cases => TsvTable.Read(Path.Combine("Language", "detect.tsv"), 2);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_HandWrittenText_RanksExpectedLanguageFirst(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text)[0].Language);

    [Fact]
    public void Detect_VietnameseWithoutMarks_IsVietnamese() =>
        Assert.Equal("vi", LanguageDetector.Detect("Bo Ngoai giao to chuc toa dam")[0].Language);

    [Fact]
    public void Detect_VietnameseWithMarks_IsNeverAnotherLatinLanguage()
    {
        foreach (var word in new[] { "được", "những", "phường", "Việt", "đã", "trường", "thế giới" })
        {
            Assert.Equal("vi", LanguageDetector.Detect(word)[0].Language);
        }
    }

    [Theory]
    [InlineData("thiểu")]
    [InlineData("chửi")]
    [InlineData("bẻ")]
    [InlineData("ơi")]
    public void Detect_ShortWordWithLettersOnlyVietnameseWrites_IsVietnamese(string word) =>
        Assert.Equal("vi", LanguageDetector.Detect(word)[0].Language);

    [Fact]
    public void DistinctiveLetters_DerivedFromTheModel_GiveVietnameseItsOwnLettersButNotSharedOnes()
    {
        var letters = LanguageDetector.Default.DistinctiveLetters;
        Assert.Equal("vi", letters['ư']);
        Assert.Equal("vi", letters['ơ']);
        Assert.Equal("vi", letters['ẻ']);
        Assert.False(letters.ContainsKey('ẹ'), "ẹ is also Yoruba");
        Assert.False(letters.ContainsKey('đ'), "đ is also Croatian");
        Assert.False(letters.ContainsKey('é'));
    }

    [Fact]
    public void Detect_VietnameseInDecomposedForm_IsVietnamese() =>
        Assert.Equal("vi", LanguageDetector.Detect("Bộ Ngoại giao tổ chức tọa đàm".Normalize(System.Text.NormalizationForm.FormD))[0].Language);

    [Fact]
    public void Detect_Sentence_ReturnsRankedCandidatesWithConfidencesThatSumToAtMostOne()
    {
        var guesses = LanguageDetector.Detect("La réunion vise à préparer la Conférence diplomatique");
        Assert.Equal("fr", guesses[0].Language);
        Assert.True(guesses.Count > 1);
        Assert.True(guesses.Zip(guesses.Skip(1)).All(p => p.First.Confidence >= p.Second.Confidence));
        Assert.InRange(guesses.Sum(g => g.Confidence), 0.99, 1.0001);
        Assert.True(guesses[0].Confidence > 0.9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n  ")]
    [InlineData("0123456789 42 3.14")]
    [InlineData("😀😀🎉👍")]
    [InlineData("!!! ??? ... ---")]
    [InlineData("\u1200\u1201\u1202")] // Ethiopic: a script no model language writes
    public void Detect_NoLettersOrUnknownScript_IsUndeterminedWithZeroConfidence(string text)
    {
        var guesses = LanguageDetector.Detect(text);
        Assert.Equal(LanguageDetector.Undetermined, Assert.Single(guesses).Language);
        Assert.Equal(0, guesses[0].Confidence);
    }

    [Fact]
    public void Detect_Null_IsUndetermined() =>
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(null)[0].Language);

    [Theory]
    [InlineData("Москва Moscow 東京 Tokyo ソウル")]
    [InlineData("abc абв αβγ אבג")]
    [InlineData("Hà Nội 河内 Hanoi Ханой")]
    public void Detect_MixedScripts_GivesALanguageWithoutThrowing(string text)
    {
        var guesses = LanguageDetector.Detect(text);
        Assert.NotEmpty(guesses);
        Assert.All(guesses, g => Assert.InRange(g.Confidence, 0, 1));
    }

    [Fact]
    public void Detect_TenMegabytesOfOneCharacter_AnswersQuickly()
    {
        var text = new string('a', 10 * 1024 * 1024);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var guesses = LanguageDetector.Detect(text);
        Assert.NotEmpty(guesses);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Detect_LoneSurrogatesAndControlCharacters_DoesNotThrow() =>
        Assert.NotEmpty(LanguageDetector.Detect("\uD800 abc \u0000\u0007 \uDFFF défi"));

    [Fact]
    public void Default_EmbeddedModel_HasTheSeventyFiveLanguagesAndIsCompact()
    {
        var model = LanguageDetector.Default.Model;
        Assert.Equal(75, model.Codes.Count);
        Assert.Contains("vi", model.Codes);
        Assert.Equal(model.Codes.OrderBy(c => c, StringComparer.Ordinal), model.Codes);
        using var stream = DiploLens.Analysis.DataFiles.Embedded.Open(LanguageDetector.ModelPath);
        Assert.True(stream.Length < 10 * 1024 * 1024, $"model is {stream.Length} bytes");
    }
}
