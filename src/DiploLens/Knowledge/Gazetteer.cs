namespace DiploLens.Knowledge;

/// <summary>
/// Finds knowledge-base entities (every type but concepts) in folded tokens: case and diacritic insensitive, leftmost
/// longest, never across a comma or sentence end, with the <see cref="CaseRule"/> of the written form as the guard
/// against common-word collisions.
/// </summary>
public sealed class Gazetteer
{
    private readonly PhraseTrie<(KnowledgeEntity Entity, CaseRule Rule, ulong Capitals)> trie = new();

    public Gazetteer(KnowledgeBase knowledge)
    {
        foreach (var entity in knowledge.Entities)
        {
            if (entity.Type == EntityType.Concept)
            {
                continue;
            }

            // One entry per key and entity, with the loosest rule among the forms sharing the key ("ASEAN" and "Asean").
            var rules = new Dictionary<string, (string[] Tokens, CaseRule Rule, ulong Capitals)>(StringComparer.Ordinal);
            foreach (var form in entity.AllForms)
            {
                var tokens = PhraseKey.Tokens(form);
                var key = string.Join(' ', tokens);
                var rule = RuleOf(form);
                var capitals = CapitalsOf(form);
                var looser = rules.TryGetValue(key, out var existing) &&
                    (existing.Rule < rule || (existing.Rule == rule && ulong.PopCount(existing.Capitals) <= ulong.PopCount(capitals)));
                rules[key] = looser ? existing : (tokens, rule, capitals);
            }

            foreach (var (tokens, rule, capitals) in rules.Values)
            {
                trie.Add(tokens, (entity, rule, capitals));
            }
        }
    }

    public int FormCount => trie.Count;

    public static CaseRule RuleOf(string form)
    {
        var letters = form.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
        {
            return CaseRule.Acronym;
        }

        return letters.Count > 0 && char.IsUpper(letters[0]) ? CaseRule.Capitalized : CaseRule.Any;
    }

    /// <summary>Bit i is set when word i of the form starts with a capital ("La Réunion" → 0b11, "Nations unies" → 0b01).</summary>
    public static ulong CapitalsOf(string form)
    {
        ulong mask = 0;
        var spans = Analysis.Tokenizer.Tokenize(form);
        for (var i = 0; i < spans.Count && i < 64; i++)
        {
            if (char.IsUpper(form[spans[i].Start]))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>Non-overlapping matches, left to right, longest first.</summary>
    public List<GazetteerMatch> Match(TokenSequence sequence)
    {
        var matches = new List<GazetteerMatch>();
        Func<(KnowledgeEntity Entity, CaseRule Rule, ulong Capitals), int, int, bool> accept = (v, s, e) => Accepts(sequence, v.Rule, v.Capitals, s, e);
        var i = 0;
        while (i < sequence.Count)
        {
            var end = trie.Longest(sequence, i, sequence.SentenceEnd[i], accept, out var value);
            if (end > i)
            {
                matches.Add(new GazetteerMatch(i, end, value.Entity));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private static bool Accepts(TokenSequence sequence, CaseRule rule, ulong capitals, int start, int end)
    {
        switch (rule)
        {
            case CaseRule.Acronym:
                for (var t = start; t < end; t++)
                {
                    if (!sequence.AllUpper[t] && !IsDigits(sequence.Terms[t]))
                    {
                        return false;
                    }
                }

                return true;
            case CaseRule.Capitalized:
                // In short forms every word the form capitalises must be capitalised in the text ("La réunion" is not
                // La Réunion); longer names vary in how they capitalise inner words, so only the first word counts there.
                if (end - start > 2)
                {
                    return sequence.Capitalized[start];
                }

                for (var t = start; t < end; t++)
                {
                    if ((capitals & (1UL << (t - start))) != 0 && !sequence.Capitalized[t])
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool IsDigits(string term) => term.All(char.IsAsciiDigit);
}
