namespace DiploLens.Knowledge;

/// <summary>What a knowledge-base entity is. <see cref="Concept"/> entries form the thesaurus and are not matched as mentions.</summary>
public enum EntityType
{
    Person,
    Organisation,
    Forum,
    Country,
    Place,
    Treaty,
    Concept,
}
