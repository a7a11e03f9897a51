namespace DiploLens.Documents;

/// <summary>Whether the words are the speaker's own (between quotation marks) or reported.</summary>
public enum QuotationKind
{
    Direct,
    Reported,
}
