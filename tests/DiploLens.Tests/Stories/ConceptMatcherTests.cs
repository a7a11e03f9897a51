using DiploLens.Knowledge;
using DiploLens.Stories;
using Xunit;

namespace DiploLens.Tests.Stories;

public sealed class ConceptMatcherTests
{
    private static readonly ConceptMatcher Matcher = new(KnowledgeData.Embedded.Base);

    [Theory]
    [InlineData("la diplomatie multilatérale", "concept:multilateral-diplomacy")]
    [InlineData("NGOẠI GIAO ĐA PHƯƠNG", "concept:multilateral-diplomacy")]
    [InlineData("opérations de maintien de la paix", "concept:peacekeeping")]
    [InlineData("non-traditional security challenges", "concept:non-traditional-security")]
    public void Match_FormInAnyLanguageOrCase_GivesTheConcept(string text, string id) =>
        Assert.Equal([id], Matcher.Match(text).Select(c => c.Id));

    [Theory]
    [InlineData("")]
    [InlineData("Le ministre est arrivé à Tokyo.")]
    public void Match_NoConcept_IsEmpty(string text) => Assert.Empty(Matcher.Match(text));
}
