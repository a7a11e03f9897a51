using DiploLens.Analysis;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Analysis;

public sealed class TextFolderTests
{
    public static IEnumerable<object[]> Cases => TsvTable.Read("Analysis/folding.tsv", 2);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fold_Table(string input, string expected) => Assert.Equal(expected, TextFolder.Fold(input));

    [Fact]
    public void Fold_EmptyString_IsEmpty() => Assert.Equal(string.Empty, TextFolder.Fold(string.Empty));

    [Fact]
    public void Fold_DecomposedInput_FoldsLikeComposed() =>
        Assert.Equal("son", TextFolder.Fold("Sơn".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Fold_RandomStrings_NeverThrowAndNeverKeepCombiningMarks()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
            var folded = TextFolder.Fold(new string(chars));
            Assert.DoesNotContain(folded, c => c is >= '\u0300' and <= '\u036F');
        }
    }

    [Fact]
    public void Fold_IsIdempotent()
    {
        const string text = "Bộ Ngoại giao tổ chức tọa đàm về Liên hợp quốc; Đông Á; l’ONU";
        Assert.Equal(TextFolder.Fold(text), TextFolder.Fold(TextFolder.Fold(text)));
    }
}
