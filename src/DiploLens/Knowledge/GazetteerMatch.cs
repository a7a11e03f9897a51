namespace DiploLens.Knowledge;

/// <summary>A knowledge-base entity found at tokens [Start, End).</summary>
public readonly record struct GazetteerMatch(int Start, int End, KnowledgeEntity Entity);
