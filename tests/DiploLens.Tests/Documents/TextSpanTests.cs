using DiploLens.Documents;

namespace DiploLens.Tests.Documents;

public sealed class TextSpanTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Fact]
    public void Of_ReturnsTheCharactersBetweenStartAndExclusiveEnd() =>
        Assert.Equal("Sơn", new TextSpan(10, 13).Of("Bùi Thanh Sơn"));

    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(3, 3, 0, 10, false)]
    public void Overlaps_ComparesHalfOpenRanges(int s1, int e1, int s2, int e2, bool expected) =>
        Assert.Equal(expected, new TextSpan(s1, e1).Overlaps(new TextSpan(s2, e2)));
}
