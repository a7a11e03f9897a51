namespace DiploLens.Search;

/// <summary>
/// Cross-language labels of concepts, for query expansion: given a word or phrase as typed, the other labels of every
/// concept that has it as a label (<c>ONU</c> → <c>United Nations</c>, <c>Liên hợp quốc</c>, <c>UN</c>…). Matching is on
/// folded text. <see cref="ConceptLabelTable.FromKnowledge"/> builds it from the knowledge base (the default of the CLI
/// and the workbench); a JSON file of label lists can replace it.
/// </summary>
public interface IConceptLabels
{
    IReadOnlyList<string> OtherLabels(string text);
}
