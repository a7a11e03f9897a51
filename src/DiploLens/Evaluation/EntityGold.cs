namespace DiploLens.Evaluation;

/// <summary>
/// One evaluation article: its text and the persons and organisations (organisations, forums, meetings) it mentions,
/// each written as in the text; several spellings of one entity are joined with <c>|</c> ("ASEAN|Hiệp hội các quốc gia Đông Nam Á").
/// </summary>
public sealed record EntityGold
{
    public string? Id { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];

    public IReadOnlyList<string> Orgs { get; init; } = [];
}
