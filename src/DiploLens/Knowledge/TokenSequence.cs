using DiploLens.Documents;

namespace DiploLens.Knowledge;

/// <summary>
/// A document's tokens prepared for phrase matching: folded terms, where each sentence ends, whether two neighbours
/// may belong to one name (only spaces, '.', '-', '–' or an apostrophe between them) and the case of each token.
/// </summary>
public sealed class TokenSequence
{
    public TokenSequence(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        var n = tokens.Count;
        Terms = new string[n];
        SentenceEnd = new int[n];
        Joinable = new bool[n];
        Capitalized = new bool[n];
        AllUpper = new bool[n];
        var sentenceOf = new int[n];
        var s = 0;
        for (var i = 0; i < n; i++)
        {
            var span = tokens[i].Span;
            Terms[i] = tokens[i].Term;
            Capitalized[i] = char.IsUpper(text[span.Start]);
            AllUpper[i] = IsAllUpper(text, span);
            while (s < sentences.Count && sentences[s].Span.End <= span.Start)
            {
                s++;
            }

            sentenceOf[i] = s;
            if (i + 1 < n)
            {
                Joinable[i] = IsJoiningGap(text, span.End, tokens[i + 1].Span.Start);
            }
        }

        var end = n;
        for (var i = n - 1; i >= 0; i--)
        {
            if (i + 1 < n && sentenceOf[i] != sentenceOf[i + 1])
            {
                end = i + 1;
            }

            SentenceEnd[i] = end;
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Terms { get; }

    /// <summary>Index one past the last token of the token's sentence.</summary>
    public int[] SentenceEnd { get; }

    /// <summary>True when token i and i+1 are separated only by a space, '.', hyphen, dash or apostrophe.</summary>
    public bool[] Joinable { get; }

    public bool[] Capitalized { get; }

    /// <summary>Every letter is upper case (acronyms: UN, ONU, LHQ).</summary>
    public bool[] AllUpper { get; }

    public int Count => Terms.Length;

    public TextSpan Span(int from, int to) => new(Tokens[from].Span.Start, Tokens[to - 1].Span.End);

    public string Surface(int from, int to) => Span(from, to).Of(Text);

    private static bool IsAllUpper(string text, TextSpan span)
    {
        var letters = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                if (!char.IsUpper(text[i]))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static bool IsJoiningGap(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '.' or '-' or '–' or '\'' or '’' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
