using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Entities;

/// <summary>
/// Finds entity mentions in a document's tokens, in four passes:
/// 1. gazetteer: knowledge-base entities (leftmost longest, case guards);
/// 2. titles: a role or honorific, then optional organisations, places, connectors or a bracket, then a capitalised
///    name (the role is kept on the mention; one name part makes a short reference);
/// 3. Vietnamese names without a title: a known family name and 1–3 more capitalised syllables of Vietnamese shape;
/// 4. short references resolved within the document: the given name (last syllable) for Vietnamese names, the surname
///    (last word) for others; several matches leave the reference unresolved with its candidates.
/// Discovered persons get the id <c>person:</c> + folded name, so the same person in another document gets the same id.
/// </summary>
public sealed class EntityRecognizer(KnowledgeData data, AnalysisOptions options)
{
    private readonly NameRules names = data.Names;

    public List<EntityMention> Recognize(TokenSequence seq)
    {
        var gazetteer = data.Gazetteer.Match(seq);
        var owner = new int[seq.Count];
        Array.Fill(owner, -1);
        for (var m = 0; m < gazetteer.Count; m++)
        {
            for (var t = gazetteer[m].Start; t < gazetteer[m].End; t++)
            {
                owner[t] = m;
            }
        }

        var dropped = new bool[gazetteer.Count];
        var persons = new List<PersonSpan>();
        var inPerson = new bool[seq.Count];
        var shortRefs = new List<PersonSpan>();

        FindTitled(seq, gazetteer, owner, dropped, persons, shortRefs, inPerson);
        FindVietnameseNames(seq, gazetteer, owner, dropped, persons, inPerson);
        FindSpeakers(seq, gazetteer, owner, persons, inPerson);
        FindBareNamesBeforeVerbs(seq, owner, shortRefs, inPerson);
        foreach (var person in persons)
        {
            person.Roles.AddRange(Appositions(seq, person.End, inPerson));
        }

        // Knowledge-base persons found by the gazetteer count as full names too (Bui Thanh Son without a title).
        for (var m = 0; m < gazetteer.Count; m++)
        {
            var g = gazetteer[m];
            if (g.Entity.Type == EntityType.Person && !inPerson[g.Start])
            {
                persons.Add(new PersonSpan(g.Start, g.End) { Entity = g.Entity, Roles = Appositions(seq, g.End, inPerson).ToList() });
                dropped[m] = true;
            }
        }

        var mentions = new List<EntityMention>();
        for (var m = 0; m < gazetteer.Count; m++)
        {
            if (!dropped[m])
            {
                var g = gazetteer[m];
                mentions.Add(new EntityMention(seq.Span(g.Start, g.End), g.Entity.Id, TypeName(g.Entity.Type), g.Entity.NameIn("en"), MentionKind.Name));
            }
        }

        var canonical = CanonicalNames(seq, persons);
        foreach (var p in persons)
        {
            var id = p.Entity?.Id ?? PersonId(seq, p.Start, p.End);
            p.Id = id;
            mentions.Add(new EntityMention(seq.Span(p.Start, p.End), id, "person", p.Entity?.NameIn("vi") ?? canonical[id], MentionKind.Name)
            {
                Roles = p.Roles,
                Discovered = p.Entity is null,
                Gender = p.Gender ?? p.Entity?.Gender,
            });
        }

        foreach (var r in shortRefs)
        {
            var key = seq.Terms[r.End - 1];
            var candidates = persons.Where(p => ShortKey(seq, p) == key).Select(p => p.Id!).Distinct(StringComparer.Ordinal).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var resolved = candidates.Count == 1 ? candidates[0] : null;
            var name = resolved is null ? seq.Surface(r.Start, r.End) : mentions.First(x => x.EntityId == resolved).Name;
            mentions.Add(new EntityMention(seq.Span(r.Start, r.End), resolved, "person", name, MentionKind.ShortReference)
            {
                Roles = r.Roles,
                Candidates = resolved is null ? candidates : [],
                Gender = r.Gender,
            });
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>The given name for Vietnamese-shaped names, else the surname: the last word either way, folded.</summary>
    private static string ShortKey(TokenSequence seq, PersonSpan p) => seq.Terms[p.End - 1];

    private void FindTitled(TokenSequence seq, List<GazetteerMatch> gazetteer, int[] owner, bool[] dropped, List<PersonSpan> persons, List<PersonSpan> shortRefs, bool[] inPerson)
    {
        for (var i = 0; i < seq.Count; i++)
        {
            if (owner[i] >= 0 || inPerson[i])
            {
                continue;
            }

            var limit = seq.SentenceEnd[i];
            var roleEnd = names.Roles.Longest(seq, i, limit, null, out _);
            var honorEnd = names.Honorifics.Longest(seq, i, limit, null, out var gender);
            var isRole = roleEnd >= honorEnd;
            var titleEnd = Math.Max(roleEnd, honorEnd);
            if (titleEnd < 0)
            {
                continue;
            }

            // Skip what may stand between a title and the name: organisations, places, connectors, another title, a bracket.
            var j = titleEnd;
            var roleEndToken = titleEnd;
            var skipped = 0;
            var afterConnector = false;
            while (j < limit && skipped < options.MaxTitleToNameTokens)
            {
                // A comma ends the title: after it comes the name ("vice-ministre des Affaires étrangères, Dang Hoàng Giang") or something else.
                if (j > titleEnd && GapHasComma(seq, j - 1))
                {
                    break;
                }

                // A one-word country is part of the role after a connector ("Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm"), else it may be a name part.
                if (owner[j] >= 0 && gazetteer[owner[j]].Entity.Type is not EntityType.Person && (afterConnector || !IsWeak(gazetteer[owner[j]])))
                {
                    afterConnector = false;
                    skipped += gazetteer[owner[j]].End - j;
                    j = gazetteer[owner[j]].End;
                    roleEndToken = j;
                    continue;
                }

                if (OpensBracket(seq, j) is var close and > 0)
                {
                    afterConnector = false;
                    skipped += close - j;
                    j = close;
                    roleEndToken = j;
                    continue;
                }

                var more = names.Roles.Longest(seq, j, limit, null, out _);
                if (more > j && isRole)
                {
                    afterConnector = false;
                    skipped += more - j;
                    j = more;
                    roleEndToken = j;
                    continue;
                }

                if (isRole && names.OfficePhrases.Longest(seq, j, limit, null, out _) is var officeEnd && officeEnd > j)
                {
                    // A one-word country right after the office names its country (Chủ tịch Thượng viện Pháp X).
                    afterConnector = true;
                    skipped += officeEnd - j;
                    j = officeEnd;
                    roleEndToken = j;
                    continue;
                }

                if (isRole && names.OfficeWords.Contains(seq.Terms[j]))
                {
                    afterConnector = false;
                    skipped++;
                    j++;
                    roleEndToken = j;
                    continue;
                }

                if (isRole && !seq.Capitalized[j] && j == roleEndToken && j + 1 < limit && seq.Capitalized[j + 1] && names.DemonymSuffixes.Any(x => seq.Terms[j].EndsWith(x, StringComparison.Ordinal)) && !names.Connectors.Contains(seq.Terms[j]))
                {
                    skipped++;
                    j++;
                    roleEndToken = j;
                    continue;
                }

                if (!seq.Capitalized[j] && names.Connectors.Contains(seq.Terms[j]))
                {
                    afterConnector = true;
                    skipped++;
                    j++;
                    continue;
                }

                break;
            }

            if (j >= limit)
            {
                continue;
            }

            var role = isRole ? TrimRole(seq.Text[seq.Tokens[i].Span.Start..ClosingEnd(seq, roleEndToken)]) : null;
            if (owner[j] >= 0 && gazetteer[owner[j]].Entity.Type == EntityType.Person)
            {
                var g = gazetteer[owner[j]];
                dropped[owner[j]] = true;
                var p = new PersonSpan(g.Start, g.End) { Entity = g.Entity, Gender = isRole ? null : gender };
                AddRole(p, role);
                persons.Add(p);
                Mark(inPerson, g.Start, g.End);
                i = g.End - 1;
                continue;
            }

            var end = NameRun(seq, j, limit, owner, gazetteer, requireVietnamese: false);
            if (end <= j)
            {
                continue;
            }

            // "Minister of Finance Nguyen Van Thang": leading capitalised words before a Vietnamese name belong to the title.
            for (var k = j + 1; k + 1 < end; k++)
            {
                if (!IsFamily(seq, j) && IsFamily(seq, k) && LooksLikeName(seq, k, end))
                {
                    roleEndToken = k;
                    j = k;
                    role = isRole ? TrimRole(seq.Text[seq.Tokens[i].Span.Start..ClosingEnd(seq, roleEndToken)]) : null;
                    break;
                }
            }

            var titleKey = Knowledge.PhraseKey.Of(seq.Surface(i, titleEnd));
            var person = new PersonSpan(j, end) { Gender = isRole ? (names.FeminineRoles.Contains(titleKey) ? "f" : null) : gender };
            AddRole(person, role);
            if (Words(seq, j, end) == 1)
            {
                shortRefs.Add(person);
            }
            else if (LooksLikeName(seq, j, end))
            {
                DropAbsorbed(owner, dropped, j, end);
                persons.Add(person);
            }
            else
            {
                continue;
            }

            Mark(inPerson, j, end);
            i = end - 1;
        }
    }

    private void FindVietnameseNames(TokenSequence seq, List<GazetteerMatch> gazetteer, int[] owner, bool[] dropped, List<PersonSpan> persons, bool[] inPerson)
    {
        for (var i = 0; i < seq.Count; i++)
        {
            if (inPerson[i] || !seq.Capitalized[i] || !IsFamily(seq, i) || (owner[i] >= 0 && !IsWeak(gazetteer[owner[i]])) || AfterPlacePrefix(seq, i))
            {
                continue;
            }

            var end = NameRun(seq, i, seq.SentenceEnd[i], owner, gazetteer, requireVietnamese: true);
            if (end - i < 2)
            {
                continue;
            }

            DropAbsorbed(owner, dropped, i, end);
            persons.Add(new PersonSpan(i, end));
            Mark(inPerson, i, end);
            i = end - 1;
        }

        persons.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Capitalised names right before a reporting verb ("Kurt Campbell said", "Gabriel Boric a déclaré"): two or three
    /// words of name shape, not in the gazetteer, not office words, at the start of a clause.
    /// </summary>
    private void FindSpeakers(TokenSequence seq, List<GazetteerMatch> gazetteer, int[] owner, List<PersonSpan> persons, bool[] inPerson)
    {
        for (var i = 0; i < seq.Count; i++)
        {
            if (inPerson[i] || owner[i] >= 0 || !seq.Capitalized[i] || names.OfficeWords.Contains(seq.Terms[i]) || (i > 0 && seq.Capitalized[i - 1] && IsSpaceGap(seq, i - 1)))
            {
                continue;
            }

            var end = NameRun(seq, i, seq.SentenceEnd[i], owner, gazetteer, requireVietnamese: false);
            var words = Words(seq, i, end);
            if (words is < 2 or > 3 || end >= seq.SentenceEnd[i] || !IsSpaceGap(seq, end - 1) || !LooksLikeName(seq, i, end))
            {
                continue;
            }

            var any = false;
            for (var t = i; t < end; t++)
            {
                any |= inPerson[t] || owner[t] >= 0 || names.OfficeWords.Contains(seq.Terms[t]);
            }

            if (any || data.Verbs.Match(seq, end, seq.SentenceEnd[i], out var verb) <= end || verb.SpeakerAfterOnly || verb.PronounGender is not null)
            {
                continue;
            }

            persons.Add(new PersonSpan(i, end));
            Mark(inPerson, i, end);
            i = end - 1;
        }

        persons.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// One capitalised word right before a reporting verb ("Viet said", "Ferro said", "Man said") is a short reference
    /// candidate; it becomes a mention only if it fits a person named in the document.
    /// </summary>
    private void FindBareNamesBeforeVerbs(TokenSequence seq, int[] owner, List<PersonSpan> shortRefs, bool[] inPerson)
    {
        for (var i = 0; i + 1 < seq.Count; i++)
        {
            if (inPerson[i] || owner[i] >= 0 || !seq.Capitalized[i] || seq.AllUpper[i] || !seq.Terms[i].All(char.IsLetter) || seq.SentenceEnd[i] == i + 1 ||
                (i > 0 && seq.SentenceEnd[i - 1] == seq.SentenceEnd[i] && seq.Capitalized[i - 1] && IsSpaceGap(seq, i - 1)))
            {
                continue;
            }

            if (data.Verbs.Match(seq, i + 1, seq.SentenceEnd[i], out var verb) > i + 1 && !verb.SpeakerAfterOnly && verb.PronounGender is null)
            {
                shortRefs.Add(new PersonSpan(i, i + 1));
            }
        }
    }

    /// <summary>End of a run of capitalised words from <paramref name="start"/> (at most the option's name length), separated by single spaces.</summary>
    private int NameRun(TokenSequence seq, int start, int limit, int[] owner, List<GazetteerMatch> gazetteer, bool requireVietnamese)
    {
        if (names.Roles.Longest(seq, start, limit, null, out _) > start)
        {
            return start;
        }

        var end = start;
        while (end < limit && end - start < options.MaxNameTokens)
        {
            // After a hyphen a name part may be lower case (Choi Young-sam, Kim Jong-un).
            var hyphenated = end > start && !requireVietnamese && IsHyphenGap(seq, end - 1);
            if ((!seq.Capitalized[end] && !hyphenated) || !seq.Terms[end].All(char.IsLetter) || (end > start && !IsSpaceGap(seq, end - 1) && !hyphenated))
            {
                break;
            }

            if (owner[end] >= 0 && !IsWeak(gazetteer[owner[end]]))
            {
                break;
            }

            if (requireVietnamese && !names.Syllable.IsMatch(seq.Terms[end]))
            {
                break;
            }

            if (end > start && names.Roles.Longest(seq, end, limit, null, out _) > end)
            {
                break;
            }

            end++;
        }

        return end;
    }

    private bool IsFamily(TokenSequence seq, int t) =>
        names.FamilyNames.ContainsKey(seq.Terms[t]) && names.IsFamilyName(seq.Tokens[t].Span.Of(seq.Text), seq.Terms[t]);

    /// <summary>Đường Lê Duẩn, phố Hà Giang, rue Hô Chi Minh: a name after a street or district word is a place.</summary>
    private bool AfterPlacePrefix(TokenSequence seq, int t) =>
        t > 0 && (names.PlacePrefixes.Contains(seq.Terms[t - 1]) || (t > 1 && names.PlacePrefixes.Contains(seq.Terms[t - 2] + " " + seq.Terms[t - 1])));

    /// <summary>A discovered full name: Vietnamese-shaped (known family name, every word a Vietnamese syllable) or a Western name (no stopword-like short words).</summary>
    private bool LooksLikeName(TokenSequence seq, int start, int end)
    {
        if (IsFamily(seq, start))
        {
            var allSyllables = true;
            for (var t = start; t < end; t++)
            {
                allSyllables &= names.Syllable.IsMatch(seq.Terms[t]);
            }

            if (allSyllables)
            {
                return true;
            }
        }

        for (var t = start; t < end; t++)
        {
            var surface = seq.Tokens[t].Span.Of(seq.Text);
            if (surface.Length < 2 || seq.AllUpper[t] || !surface.Skip(1).Any(char.IsLower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Roles in appositions after a name: ", nguyên Tổng Thư ký …", ", vice-ministre des Affaires étrangères", up to the next comma.</summary>
    private IEnumerable<string> Appositions(TokenSequence seq, int nameEnd, bool[] inPerson)
    {
        var t = nameEnd;
        while (t < seq.Count && t > 0 && t < seq.SentenceEnd[t - 1] && GapIsComma(seq, t - 1))
        {
            var limit = seq.SentenceEnd[t];
            var start = t;
            while (t < limit && (names.RoleModifiers.Contains(seq.Terms[t]) || seq.Terms[t] is "the" or "le" or "la" or "l"))
            {
                t++;
            }

            if (t >= limit || names.Roles.Longest(seq, t, limit, null, out _) <= t)
            {
                yield break;
            }

            var depth = 0;
            var end = t;
            while (end < limit)
            {
                var gapEnd = end + 1 < seq.Count ? seq.Tokens[end + 1].Span.Start : seq.Tokens[end].Span.End;
                var gap = seq.Text.AsSpan(seq.Tokens[end].Span.End, Math.Max(0, gapEnd - seq.Tokens[end].Span.End));
                depth += Count(seq.Text.AsSpan(seq.Tokens[end].Span.Start, seq.Tokens[end].Span.Length), '(');
                foreach (var c in gap)
                {
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }

                end++;
                if (depth <= 0 && (gap.Contains(',') || gap.Contains(';')))
                {
                    break;
                }
            }

            // "…, Đại sứ Đinh Thị Minh Huyền" is the next person with her title, not an apposition.
            for (var k = t; k < end; k++)
            {
                if (inPerson[k])
                {
                    yield break;
                }
            }

            var text = seq.Text.Substring(seq.Tokens[start].Span.Start, ClosingEnd(seq, end) - seq.Tokens[start].Span.Start);
            yield return TrimRole(text);
            t = end;
        }
    }

    private static int ClosingEnd(TokenSequence seq, int end)
    {
        // Include a closing bracket right after the last token: "(ASEAN)".
        var position = seq.Tokens[end - 1].Span.End;
        return position < seq.Text.Length && seq.Text[position] == ')' ? position + 1 : position;
    }

    private static int Count(ReadOnlySpan<char> text, char c)
    {
        var n = 0;
        foreach (var x in text)
        {
            n += x == c ? 1 : 0;
        }

        return n;
    }

    private static bool GapHasComma(TokenSequence seq, int t) =>
        seq.Text.AsSpan(seq.Tokens[t].Span.End, seq.Tokens[t + 1].Span.Start - seq.Tokens[t].Span.End).Contains(',');

    private static bool GapIsComma(TokenSequence seq, int t)
    {
        var from = seq.Tokens[t].Span.End;
        var to = seq.Tokens[t + 1].Span.Start;
        var gap = seq.Text.AsSpan(from, to - from).Trim();
        return gap is "," || gap is "),";
    }

    private static bool IsSpaceGap(TokenSequence seq, int t)
    {
        var from = seq.Tokens[t].Span.End;
        var to = seq.Tokens[t + 1].Span.Start;
        return to - from == 1 && seq.Text[from] is ' ' or '\u00A0';
    }

    /// <summary>Words separated by spaces: "Okonjo-Iweala" is one word (a surname), "Ngozi Okonjo-Iweala" two.</summary>
    private static int Words(TokenSequence seq, int start, int end)
    {
        var words = 1;
        for (var t = start; t + 1 < end; t++)
        {
            words += IsHyphenGap(seq, t) ? 0 : 1;
        }

        return words;
    }

    private static bool IsHyphenGap(TokenSequence seq, int t) =>
        seq.Tokens[t + 1].Span.Start - seq.Tokens[t].Span.End == 1 && seq.Text[seq.Tokens[t].Span.End] == '-';

    /// <summary>If token <paramref name="t"/> follows an opening bracket, the token index after the closing one; else 0.</summary>
    private static int OpensBracket(TokenSequence seq, int t)
    {
        if (t == 0)
        {
            return 0;
        }

        var gap = seq.Text.AsSpan(seq.Tokens[t - 1].Span.End, seq.Tokens[t].Span.Start - seq.Tokens[t - 1].Span.End);
        if (!gap.Contains('('))
        {
            return 0;
        }

        for (var k = t; k < seq.SentenceEnd[t] && k - t < 8; k++)
        {
            var after = k + 1 < seq.Count ? seq.Tokens[k + 1].Span.Start : seq.Text.Length;
            if (seq.Text.AsSpan(seq.Tokens[k].Span.End, after - seq.Tokens[k].Span.End).Contains(')'))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>A one-word country or place that a person's name may contain (Nga is Russia, and a given name).</summary>
    private static bool IsWeak(GazetteerMatch g) =>
        g.End - g.Start == 1 && g.Entity.Type is EntityType.Country or EntityType.Place && Gazetteer.RuleOf(g.Entity.NameIn("vi")) != CaseRule.Acronym;

    private static void DropAbsorbed(int[] owner, bool[] dropped, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (owner[t] >= 0)
            {
                dropped[owner[t]] = true;
            }
        }
    }

    private static void Mark(bool[] flags, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            flags[t] = true;
        }
    }

    private static void AddRole(PersonSpan p, string? role)
    {
        if (!string.IsNullOrWhiteSpace(role))
        {
            p.Roles.Add(role);
        }
    }

    private static string TrimRole(string role) => role.Trim().TrimEnd(',', ';', ' ');

    /// <summary><c>person:</c> + the folded words joined by hyphens.</summary>
    public static string PersonId(TokenSequence seq, int start, int end) =>
        "person:" + string.Join('-', seq.Terms.AsSpan(start, end - start).ToArray());

    /// <summary>
    /// The display name of each discovered person: the most accented spelling seen, with the family name's accents
    /// restored when the rest of the name has accents (Dang Hoàng Giang → Đặng Hoàng Giang).
    /// </summary>
    private Dictionary<string, string> CanonicalNames(TokenSequence seq, List<PersonSpan> persons)
    {
        var best = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in persons.Where(p => p.Entity is null))
        {
            var id = PersonId(seq, p.Start, p.End);
            var surface = seq.Surface(p.Start, p.End).Replace('\n', ' ');
            if (!best.TryGetValue(id, out var current) || Accents(surface) > Accents(current))
            {
                best[id] = surface;
            }
        }

        foreach (var (id, name) in best.ToList())
        {
            var words = name.Split(' ');
            if (names.FamilyNames.TryGetValue(Knowledge.PhraseKey.Of(words[0]), out var written) && Accents(words[0]) == 0 && words.Skip(1).Any(w => Accents(w) > 0))
            {
                words[0] = written;
                best[id] = string.Join(' ', words);
            }
        }

        return best;
    }

    private static int Accents(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += c > 0x7F ? 1 : 0;
        }

        return n;
    }

    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    private sealed class PersonSpan(int start, int end)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public KnowledgeEntity? Entity { get; init; }

        public string? Gender { get; init; }

        public List<string> Roles { get; init; } = [];

        public string? Id { get; set; }
    }
}
