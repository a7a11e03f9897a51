using System.Security.Cryptography;
using DiploLens.Language;

namespace DiploLens.Tests.Language;

public sealed class LanguageModelTrainerTests
{
    // A tiny hand-written corpus: enough for the model to tell these languages apart on their own words.
    private static readonly (string Code, string Text)[] Corpus =
    [
        ("fr", "le ministre a reçu les diplomates\nla réunion de la conférence\nles affaires étrangères et la coopération\n"),
        ("en", "the minister received the diplomats\nthe meeting of the conference\nforeign affairs and the cooperation\n"),
        ("vi", "bộ trưởng đã tiếp các nhà ngoại giao\ncuộc họp của hội nghị\nbộ ngoại giao và hợp tác\n"),
        ("ru", "министр принял дипломатов\nзаседание конференции\n"),
        ("th", "รัฐมนตรีได้พบกับนักการทูต\n"),
    ];

    private static LanguageModel Train(LanguageModelTrainer? trainer = null, IEnumerable<(string Code, string Text)>? corpus = null) =>
        (trainer ?? new LanguageModelTrainer { MinCount = 1 }).Train(
            (corpus ?? Corpus).Select(c => (c.Code, (Func<TextReader>)(() => new StringReader(c.Text)))).ToList());

    private static byte[] Bytes(LanguageModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Train_SameDataTwice_WritesIdenticalBytes() =>
        Assert.Equal(SHA256.HashData(Bytes(Train())), SHA256.HashData(Bytes(Train())));

    [Fact]
    public void Train_LanguagesGivenInAnyOrder_WritesIdenticalBytes() =>
        Assert.Equal(Bytes(Train()), Bytes(Train(corpus: Corpus.Reverse())));

    [Fact]
    public void Write_ThenRead_RoundTripsByteForByte()
    {
        var bytes = Bytes(Train());
        var read = LanguageModel.Read(new MemoryStream(bytes));
        Assert.Equal(bytes, Bytes(read));
        Assert.Equal(["en", "fr", "ru", "th", "vi"], read.Codes);
        Assert.Equal(WritingScript.Cyrillic, read.Scripts[2]);
    }

    [Theory]
    [InlineData("la conférence des ministres", "fr")]
    [InlineData("the conference of ministers", "en")]
    [InlineData("hội nghị ngoại giao", "vi")]
    [InlineData("hoi nghi ngoai giao", "vi")]
    [InlineData("конференция", "ru")]
    [InlineData("นักการทูต", "th")]
    public void Detect_WithTinyModel_FindsTheTrainedLanguage(string text, string expected) =>
        Assert.Equal(expected, new LanguageDetector(Train()).Rank(text)[0].Language);

    [Fact]
    public void Read_NotAModel_FailsSayingSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageModel.Read(new MemoryStream("hello world"u8.ToArray())));
        Assert.Contains("DLLM", error.Message);
    }

    [Fact]
    public void TrainDirectory_FilesNamedByCode_TrainsOneLanguagePerFile()
    {
        using var folder = new TestKit.TempFolder();
        foreach (var (code, text) in Corpus)
        {
            folder.Write(code + ".txt", text);
        }

        var fromFiles = new LanguageModelTrainer { MinCount = 1 }.TrainDirectory(folder.Path);
        Assert.Equal(Bytes(Train()), Bytes(fromFiles));
    }
}
