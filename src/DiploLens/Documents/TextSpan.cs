namespace DiploLens.Documents;

/// <summary>
/// A range of characters in <see cref="Document.Text"/>. Offsets are UTF-16 code-unit indices;
/// <see cref="Start"/> is inclusive and <see cref="End"/> is exclusive, so an empty span has Start == End.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"A span needs 0 <= start <= end; got start={start}, end={end}.");
        }

        Start = start;
        End = end;
    }

    public int Start { get; init; }

    public int End { get; init; }

    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character; an empty span overlaps nothing.</summary>
    public bool Overlaps(TextSpan other) => Length > 0 && other.Length > 0 && other.Start < End && Start < other.End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
