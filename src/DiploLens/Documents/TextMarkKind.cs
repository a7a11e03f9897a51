namespace DiploLens.Documents;

/// <summary>The layer a <see cref="TextMark"/> comes from.</summary>
public enum TextMarkKind
{
    /// <summary>A direct quote or reported speech (<see cref="Layers.Quotations"/>).</summary>
    Quotation,

    /// <summary>An entity mention (<see cref="Layers.Entities"/>).</summary>
    Entity,

    /// <summary>A date written in the text (the mentions of <see cref="Layers.Dates"/>).</summary>
    Date,

    /// <summary>A quantity and what it counts (<see cref="Layers.Figures"/>).</summary>
    Figure,
}
