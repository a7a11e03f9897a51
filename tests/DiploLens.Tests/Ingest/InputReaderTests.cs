using DiploLens.Ingest;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Ingest;

public sealed class InputReaderTests
{
    private static readonly InputReader Reader = new(maxInputBytes: 1024 * 1024);

    [Fact]
    public void Read_JsonLines_GivesOneArticlePerLineAndNamesBadLines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dump.jsonl", string.Join('\n',
            """{"url":"https://example.org/a","title":"A","text":"Hanoi (VNA) – First.","date":"2023-12-05","lang":"en","source":"VNA"}""",
            "",
            "this is not json",
            """{"url":"https://example.org/b","title":"B"}""",
            """["an","array"]""",
            """{"html":"<p>Second <b>article</b></p>"}"""));
        var items = Reader.Read([path]).ToList();
        Assert.Equal(5, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("https://example.org/a", "A", "2023-12-05", "en", "VNA"), (first.Key, first.Title, first.DateText, first.Language, first.SiteName));
        Assert.Equal($"{path}:3", items[1].Failure!.Source);
        Assert.Contains("not valid JSON", items[1].Failure!.Problem);
        Assert.Contains("no 'text' or 'html'", items[2].Failure!.Problem);
        Assert.Equal($"{path}:4", items[2].Failure!.Source);
        Assert.Contains("not an object", items[3].Failure!.Problem);
        Assert.Equal(InputFormat.Html, items[4].Article!.Format);
    }

    [Fact]
    public void Read_Folder_RecursesInPathOrderAndSkipsOtherFiles()
    {
        using var folder = new TempFolder();
        folder.Write("b/2.txt", "Second.");
        folder.Write("a/1.txt", "First.");
        folder.Write("a/notes.md", "# not an article");
        folder.Write("c/page.html", "<p>Third.</p>");
        var sources = Reader.Read([folder.Path]).Select(i => Path.GetFileName(i.Article!.Source));
        Assert.Equal(["1.txt", "2.txt", "page.html"], sources);
    }

    [Fact]
    public void Read_MissingPath_IsAFailureNamingIt()
    {
        var item = Assert.Single(Reader.Read(["/no/such/file.txt"]));
        Assert.Equal("/no/such/file.txt", item.Failure!.Source);
        Assert.Contains("no such file", item.Failure.Problem);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsRefusedWithSizes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('a', 3000));
        var item = Assert.Single(new InputReader(maxInputBytes: 2000).Read([path]));
        Assert.Contains("over the", item.Failure!.Problem);
    }

    [Fact]
    public void Read_ExplicitUnsupportedFile_IsAFailure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("picture.png", [0x89, 0x50, 0x4E, 0x47]);
        Assert.Contains("unsupported file type", Assert.Single(Reader.Read([path])).Failure!.Problem);
    }

    [Fact]
    public void Read_StandardInputText_IsOneArticle()
    {
        var reader = new InputReader(1024, () => new MemoryStream("Bộ Ngoại giao tổ chức tọa đàm."u8.ToArray()));
        var article = Assert.Single(reader.Read(["-"])).Article!;
        Assert.Equal("-", article.Source);
        Assert.Null(article.Key);
    }

    [Fact]
    public void Read_StandardInputJsonLines_IsOneArticlePerLine()
    {
        var reader = new InputReader(1024 * 1024, () => new MemoryStream("""
            {"text":"One."}
            {"text":"Two."}
            """u8.ToArray()));
        Assert.Equal(2, reader.Read(["-"]).Count(i => i.Article is not null));
    }

    [Fact]
    public void Read_EmptyJsonLinesFile_IsAFailure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.jsonl", "\n\n");
        Assert.Contains("empty", Assert.Single(Reader.Read([path])).Failure!.Problem);
    }
}
