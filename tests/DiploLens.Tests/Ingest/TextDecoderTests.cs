using System.Text;
using DiploLens.Ingest;

namespace DiploLens.Tests.Ingest;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_Empty_IsRefused() =>
        Assert.Contains("empty", Assert.Throws<InputException>(() => TextDecoder.Decode([])).Message);

    [Fact]
    public void Decode_PngRenamedAsText_IsRefusedAsBinary() =>
        Assert.Contains("PNG", Assert.Throws<InputException>(() => TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])).Message);

    [Fact]
    public void Decode_NulBytes_AreRefusedAsBinary() =>
        Assert.Contains("NUL", Assert.Throws<InputException>(() => TextDecoder.Decode("abc\0def"u8)).Message);

    [Fact]
    public void Decode_WhitespaceOnly_IsRefused() =>
        Assert.Contains("whitespace", Assert.Throws<InputException>(() => TextDecoder.Decode(" \n\t \n"u8)).Message);

    [Fact]
    public void Decode_ValidUtf8_IsUtf8WithoutWarning()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Bộ Ngoại giao"));
        Assert.Equal("Bộ Ngoại giao", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Decode_Utf8Bom_IsStripped() =>
        Assert.Equal("ONU", TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'O', (byte)'N', (byte)'U']).Text);

    [Fact]
    public void Decode_Utf16WithBom_IsRead() =>
        Assert.Equal("Sơn", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Sơn")]).Text);

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252WithAWarningNamingTheByte()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Le ministre a déclaré à Hanoï");
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Le ministre a déclaré à Hanoï", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Contains("offset 15", decoded.Warning);
    }

    [Fact]
    public void Decode_DecomposedText_IsNormalisedToNfc()
    {
        var decomposed = "Bùi Thanh Sơn".Normalize(NormalizationForm.FormD);
        Assert.Equal("Bùi Thanh Sơn", TextDecoder.Decode(Encoding.UTF8.GetBytes(decomposed)).Text);
    }

    [Fact]
    public void Decode_CrLf_BecomesLf() => Assert.Equal("a\nb\nc", TextDecoder.Decode("a\r\nb\rc"u8).Text);

    [Fact]
    public void Decode_RandomBytes_NeverThrowAnythingButInputException()
    {
        var random = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            try
            {
                TextDecoder.Decode(bytes);
            }
            catch (InputException)
            {
            }
        }
    }
}
