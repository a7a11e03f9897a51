using DiploLens.Documents;

namespace DiploLens.Tests.Documents;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", "2023", DatePrecision.Year)]
    [InlineData("2023-12", "2023-12", DatePrecision.Month)]
    [InlineData("2020-11-05", "2020-11-05", DatePrecision.Day)]
    [InlineData("2020-11-05T14:06", "2020-11-05T14:06", DatePrecision.Minute)]
    [InlineData("2020-11-05T14:06:59Z", "2020-11-05T14:06", DatePrecision.Minute)]
    [InlineData("2020-11-05 14:06", "2020-11-05T14:06", DatePrecision.Minute)]
    public void TryParseIso_KnownForms_KeepTheirPrecision(string text, string iso, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParseIso(text, out var date));
        Assert.Equal(iso, date!.ToIso());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("twenty")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("20231")]
    [InlineData("2023/12")]
    public void TryParseIso_NotADate_ReturnsFalse(string text) =>
        Assert.False(PartialDate.TryParseIso(text, out _));
}
