namespace DiploLens.Search;

/// <summary>
/// Cross-language labels of concepts, for query expansion: given a word or phrase as typed, the other labels of every
/// concept that has it as a label (<c>ONU</c> → <c>United Nations</c>, <c>Liên hợp quốc</c>, <c>UN</c>…). Matching is on
/// folded text. The knowledge base (Knowledge/, issue in progress) implements this; until it is wired in, an empty
/// table expands nothing.
/// </summary>
public interface IConceptLabels
{
    IReadOnlyList<string> OtherLabels(string text);
}
