using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Quotations;

/// <summary>
/// Finds quotations and their speakers.
/// 1. Direct quotes: text between “ ”, « », „ “ or straight quotes in one paragraph, of at least
///    <see cref="AnalysisOptions.MinDirectQuoteWords"/> words, attributed by a reporting verb and a speaker right after
///    the closing mark (ending the clause) or before an opening mark that follows a colon. Quoted titles and terms
///    ("themed “…”") have no such attribution and are skipped.
/// 2. Reported speech: per sentence, the reporting verb with the best-placed speaker: a person just before it
///    (Dang Hoàng Giang a déclaré), a person just after it (a déclaré le vice-ministre …, X), or a pronoun or nominal
///    (a-t-il estimé, le responsable, the official). Pronouns and nominals resolve to the latest compatible speaker or
///    person before them; a nominal naming a role prefers the person holding it; with no candidate the speaker stays
///    unresolved and only its words are kept.
/// </summary>
public sealed class QuotationFinder(KnowledgeData data, AnalysisOptions options)
{
    private static readonly (char Open, char Close)[] Marks = [('“', '”'), ('«', '»'), ('„', '“'), ('„', '”'), ('"', '"')];

    public List<Quotation> Find(TokenSequence seq, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<EntityMention> entities)
    {
        var persons = PersonsByToken(seq, entities);
        var quotes = new List<Quotation>();
        var usedVerbs = new HashSet<int>();
        var quoted = new List<TextSpan>();
        var state = new ResolveState(persons, entities);

        foreach (var (content, open, close) in QuotePairs(seq.Text, paragraphs))
        {
            if (TokensIn(seq, content) is not var (from, to) || to - from < options.MinDirectQuoteWords)
            {
                continue;
            }

            quoted.Add(new TextSpan(open, close + 1));
            if (AttributionAfter(seq, to, close, persons) is { } after)
            {
                var q = MakeQuote(seq, content, QuotationKind.Direct, after, state);
                quotes.Add(q);
                usedVerbs.UnionWith(Enumerable.Range(after.VerbStart, after.VerbEnd - after.VerbStart));
                state.LastSpeaker = q.SpeakerId ?? state.LastSpeaker;
            }
            else if (AttributionBefore(seq, from, open, persons) is { } before)
            {
                var q = MakeQuote(seq, content, QuotationKind.Direct, before, state);
                quotes.Add(q);
                usedVerbs.UnionWith(Enumerable.Range(before.VerbStart, before.VerbEnd - before.VerbStart));
                state.LastSpeaker = q.SpeakerId ?? state.LastSpeaker;
            }
        }

        foreach (var (sentenceStart, sentenceEnd) in SentenceRanges(seq))
        {
            Attribution? best = null;
            for (var t = sentenceStart; t < sentenceEnd; t++)
            {
                if (usedVerbs.Contains(t) || InsideAny(quoted, seq.Tokens[t].Span))
                {
                    continue;
                }

                var verbEnd = data.Verbs.Match(seq, t, sentenceEnd, out var verb);
                if (verbEnd <= t)
                {
                    continue;
                }

                if (SpeakerFor(seq, t, verbEnd, verb, sentenceStart, sentenceEnd, persons) is { } found && (best is null || found.Strength > best.Strength))
                {
                    best = found;
                }

                t = verbEnd - 1;
            }

            if (best is null)
            {
                continue;
            }

            var content = ReportedContent(seq, sentenceStart, sentenceEnd, best);
            if (content.Length == 0)
            {
                continue;
            }

            var quote = MakeQuote(seq, content, QuotationKind.Reported, best, state);
            quotes.Add(quote);
            state.LastSpeaker = quote.SpeakerId ?? state.LastSpeaker;
        }

        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return quotes;
    }

    private Quotation MakeQuote(TokenSequence seq, TextSpan content, QuotationKind kind, Attribution a, ResolveState state)
    {
        string? id = a.PersonId;
        string? name = a.PersonName;
        if (id is null && a.Person is null)
        {
            (id, name) = state.Resolve(seq, a);
        }

        return new Quotation(content, kind, id, name)
        {
            SpeakerSpan = seq.Span(a.SpeakerStart, a.SpeakerEnd),
            SpeakerText = seq.Surface(a.SpeakerStart, a.SpeakerEnd),
            CueSpan = seq.Span(a.VerbStart, a.VerbEnd),
            Cue = a.Verb.Phrase,
        };
    }

    private Attribution? AttributionAfter(TokenSequence seq, int firstAfter, int closeIndex, PersonAt[] persons)
    {
        if (firstAfter >= seq.Count || seq.Tokens[firstAfter].Span.Start < closeIndex)
        {
            return null;
        }

        // The attribution must follow the closing mark directly (only a comma or dash between).
        var gap = seq.Text.AsSpan(closeIndex + 1, seq.Tokens[firstAfter].Span.Start - closeIndex - 1).Trim();
        if (gap.Length > 1 || (gap.Length == 1 && gap[0] is not (',' or '—' or '–' or '-')))
        {
            return null;
        }

        var limit = Math.Min(seq.SentenceEnd[firstAfter], firstAfter + options.QuoteAttributionTokens);
        for (var t = firstAfter; t < limit; t++)
        {
            var end = data.Verbs.Match(seq, t, limit, out var verb);
            if (end <= t)
            {
                continue;
            }

            var found = SpeakerFor(seq, t, end, verb, firstAfter, limit, persons);
            if (found is not null && EndsClause(seq, Math.Max(found.VerbEnd, found.SpeakerEnd)) && Math.Min(found.VerbStart, found.SpeakerStart) - firstAfter <= 4)
            {
                return found;
            }
        }

        return null;
    }

    private Attribution? AttributionBefore(TokenSequence seq, int firstInside, int openIndex, PersonAt[] persons)
    {
        if (firstInside == 0)
        {
            return null;
        }

        var last = firstInside - 1;
        var gap = seq.Text.AsSpan(seq.Tokens[last].Span.End, openIndex - seq.Tokens[last].Span.End).Trim();
        if (gap is not ":")
        {
            return null;
        }

        var start = Math.Max(0, last - options.QuoteAttributionTokens);
        for (var t = last; t >= start; t--)
        {
            var end = data.Verbs.Match(seq, t, last + 1, out var verb);
            if (end == last + 1 && SpeakerFor(seq, t, end, verb, start, last + 1, persons) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private Attribution? SpeakerFor(TokenSequence seq, int verbStart, int verbEnd, ReportingVerb verb, int sentenceStart, int sentenceEnd, PersonAt[] persons)
    {
        var names = data.Names;
        if (!verb.SpeakerAfterOnly)
        {
            // A person just before the verb: "Thứ trưởng Lê Hoài Trung đã khẳng định".
            foreach (var p in persons)
            {
                if (p.End <= verbStart && p.Start >= sentenceStart && verbStart - p.End <= options.SpeakerBeforeVerbGap && OnlySkippable(seq, p.End, verbStart))
                {
                    return new Attribution(verb, verbStart, verbEnd, p.Start, p.End, 3) { Person = p };
                }
            }
        }

        // A person just after the verb: "a déclaré le vice-ministre des Affaires étrangères, Dang Hoàng Giang".
        var window = verb.SpeakerAfterOnly ? 4 : options.SpeakerAfterVerbWindow;
        foreach (var p in persons)
        {
            if (p.Start >= verbEnd && p.Start < sentenceEnd && p.Start - verbEnd <= window && !HasVerb(seq, verbEnd, p.Start))
            {
                return new Attribution(verb, verbStart, verbEnd, p.Start, p.End, 2) { Person = p };
            }
        }

        if (verb.SpeakerAfterOnly)
        {
            // "Selon le dirigeant vietnamien, …": a nominal right after the cue.
            var nominalEnd = verbEnd < sentenceEnd ? names.Nominals.Longest(seq, verbEnd, sentenceEnd, null, out _) : -1;
            return nominalEnd > verbEnd ? new Attribution(verb, verbStart, verbEnd, verbEnd, nominalEnd, 1) : null;
        }

        if (verb.PronounGender is { } gender)
        {
            return new Attribution(verb, verbStart, verbEnd, verbStart, verbEnd, 1) { Gender = gender };
        }

        // A pronoun or nominal just before ("il a déclaré", "Le responsable a estimé", "The official said").
        for (var s = Math.Max(sentenceStart, verbStart - options.SpeakerBeforeVerbGap - 4); s < verbStart; s++)
        {
            var end = names.Nominals.Longest(seq, s, verbStart, null, out _);
            if (end > s && OnlySkippable(seq, end, verbStart))
            {
                return new Attribution(verb, verbStart, verbEnd, s, end, 1);
            }

            if (names.Pronouns.TryGetValue(seq.Terms[s], out var g) && OnlySkippable(seq, s + 1, verbStart) && seq.Tokens[s].Span.Of(seq.Text) is var w && (char.IsUpper(w[0]) || s > sentenceStart))
            {
                return new Attribution(verb, verbStart, verbEnd, s, s + 1, 1) { Gender = g };
            }
        }

        // A nominal just after ("a fait valoir le vice-ministre").
        for (var s = verbEnd; s < Math.Min(sentenceEnd, verbEnd + 2); s++)
        {
            var end = names.Nominals.Longest(seq, s, sentenceEnd, null, out _);
            if (end > s)
            {
                return new Attribution(verb, verbStart, verbEnd, s, end, 1);
            }
        }

        return null;
    }

    private static bool InsideAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlySkippable(TokenSequence seq, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!data.Verbs.Skippable.Contains(seq.Terms[t]))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasVerb(TokenSequence seq, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (data.Verbs.Match(seq, t, to, out _) > t)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsClause(TokenSequence seq, int end)
    {
        var position = seq.Tokens[end - 1].Span.End;
        while (position < seq.Text.Length && seq.Text[position] == ' ')
        {
            position++;
        }

        return position >= seq.Text.Length || seq.Text[position] is '.' or ',' or ';' or '\n' or '!' or '?' or ':' or '…';
    }

    private TextSpan ReportedContent(TokenSequence seq, int sentenceStart, int sentenceEnd, Attribution a)
    {
        var attributionStart = Math.Min(a.VerbStart, a.SpeakerStart);
        var attributionEnd = Math.Max(a.VerbEnd, a.SpeakerEnd);
        // The speaker before the verb, or a cue like "according to", puts the content after; an inverted
        // attribution ("…, a déclaré X", "…, a-t-il estimé") puts it before.
        var speakerFirst = a.SpeakerEnd <= a.VerbStart || a.Verb.SpeakerAfterOnly;
        int from, to;
        if (speakerFirst || attributionStart - sentenceStart < 2)
        {
            from = attributionEnd;
            to = sentenceEnd;
            while (from < to && data.Verbs.ContentMarkers.Contains(seq.Terms[from]))
            {
                from++;
            }

            if (to - from < 2 && attributionStart - sentenceStart >= 2)
            {
                (from, to) = (sentenceStart, attributionStart);
            }
        }
        else
        {
            from = sentenceStart;
            to = attributionStart;
        }

        return to - from < 2 ? default : seq.Span(from, to);
    }

    private static IEnumerable<(int Start, int End)> SentenceRanges(TokenSequence seq)
    {
        var t = 0;
        while (t < seq.Count)
        {
            var end = seq.SentenceEnd[t];
            yield return (t, end);
            t = end;
        }
    }

    private static (int From, int To)? TokensIn(TokenSequence seq, TextSpan span)
    {
        // Binary search for the first token starting inside the span; tokens are in text order.
        int lo = 0, hi = seq.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (seq.Tokens[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var to = lo;
        while (to < seq.Count && seq.Tokens[to].Span.End <= span.End)
        {
            to++;
        }

        return to > lo ? (lo, to) : null;
    }

    private static IEnumerable<(TextSpan Content, int Open, int Close)> QuotePairs(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var i = paragraph.Span.Start;
            while (i < paragraph.Span.End)
            {
                var c = text[i];
                var close = '\0';
                foreach (var (o, cl) in Marks)
                {
                    if (c == o)
                    {
                        close = cl;
                        break;
                    }
                }

                if (close == '\0')
                {
                    i++;
                    continue;
                }

                var j = text.IndexOf(close, i + 1, paragraph.Span.End - i - 1);
                if (j < 0 && c == '„')
                {
                    j = text.IndexOf('”', i + 1, paragraph.Span.End - i - 1);
                }

                if (j < 0)
                {
                    i++;
                    continue;
                }

                var start = i + 1;
                var end = j;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
                {
                    end--;
                }

                yield return (new TextSpan(start, end), i, j);
                i = j + 1;
            }
        }
    }

    /// <summary>Resolved and ambiguous person mentions as token ranges.</summary>
    private static PersonAt[] PersonsByToken(TokenSequence seq, IReadOnlyList<EntityMention> entities)
    {
        var list = new List<PersonAt>();
        var t = 0;
        foreach (var m in entities)
        {
            if (m.Type != "person" || m.EntityId is null)
            {
                continue;
            }

            while (t < seq.Count && seq.Tokens[t].Span.Start < m.Span.Start)
            {
                t++;
            }

            var end = t;
            while (end < seq.Count && seq.Tokens[end].Span.End <= m.Span.End)
            {
                end++;
            }

            if (end > t)
            {
                list.Add(new PersonAt(t, end, m.EntityId, m.Name, m.Gender));
            }
        }

        return list.ToArray();
    }

    private sealed record PersonAt(int Start, int End, string Id, string Name, string? Gender);

    private sealed record Attribution(ReportingVerb Verb, int VerbStart, int VerbEnd, int SpeakerStart, int SpeakerEnd, int Strength)
    {
        public PersonAt? Person { get; init; }

        public string? Gender { get; init; }

        public string? PersonId => Person?.Id;

        public string? PersonName => Person?.Name;
    }

    /// <summary>Resolves pronouns and nominals: the latest speaker or person before them that fits.</summary>
    private sealed class ResolveState(PersonAt[] persons, IReadOnlyList<EntityMention> entities)
    {
        public string? LastSpeaker { get; set; }

        public (string? Id, string? Name) Resolve(TokenSequence seq, Attribution a)
        {
            var position = Math.Min(a.SpeakerStart, a.VerbStart);
            var before = persons.Where(p => p.Start < position && Fits(p, a.Gender)).ToList();
            var nominal = seq.Surface(a.SpeakerStart, a.SpeakerEnd);
            if (a.SpeakerEnd > a.VerbEnd || a.SpeakerStart < a.VerbStart)
            {
                // A nominal naming a role prefers the person who holds it (le vice-ministre → the deputy minister).
                var head = Knowledge.PhraseKey.Tokens(nominal).LastOrDefault();
                if (head is not null)
                {
                    var holder = before.LastOrDefault(p => RolesOf(p.Id).Any(r => Knowledge.PhraseKey.Of(r).Contains(head, StringComparison.Ordinal)));
                    if (holder is not null)
                    {
                        return (holder.Id, holder.Name);
                    }
                }
            }

            if (LastSpeaker is not null && before.FirstOrDefault(p => p.Id == LastSpeaker) is { } speaker)
            {
                return (speaker.Id, speaker.Name);
            }

            var nearest = before.LastOrDefault();
            return nearest is null ? (null, null) : (nearest.Id, nearest.Name);
        }

        private IEnumerable<string> RolesOf(string id) => entities.Where(e => e.EntityId == id).SelectMany(e => e.Roles);

        private static bool Fits(PersonAt p, string? gender) => gender is null || p.Gender is null || p.Gender == gender;
    }
}
