using System.Buffers;
using System.Globalization;
using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Figures;

/// <summary>
/// Finds quantities and what they count: a number (<c>15</c>, <c>03</c>, <c>2.340</c>), an ordinal (<c>31e</c>,
/// <c>21st</c>) or a range (<c>2023-2025</c>), an optional qualifier before it (over, hơn), then up to
/// <see cref="AnalysisOptions.MaxCountedWords"/> words until a stop word or punctuation. Dates are left alone: a number
/// beside a month name, after a date prefix (tháng, năm, l'année), joined by '/', or a bare year.
/// Identifiers (Directive 15, COP 28) and numbers inside entity names are not figures.
/// </summary>
public sealed class FigureFinder(FigureRules rules, AnalysisOptions options)
{
    // Letters Vietnamese uses and French does not: a counted phrase with one of them may run to the full word limit.
    private static readonly SearchValues<char> VietnameseLetters = SearchValues.Create("ăằắẳẵặạảấầẩẫậđẹẻẽếềểễệỉịĩìíọỏốồổỗộơờớởỡợụủứừửữựưỳỵỷỹĂẰẮẲẴẶẠẢẤẦẨẪẬĐẸẺẼẾỀỂỄỆỈỊĨÌÍỌỎỐỒỔỖỘƠỜỚỞỠỢỤỦỨỪỬỮỰƯỲỴỶỸ");

    public List<Figure> Find(TokenSequence seq, IReadOnlyList<EntityMention> entities)
    {
        var figures = new List<Figure>();
        var covered = new bool[seq.Count];
        var e = 0;
        for (var t = 0; t < seq.Count; t++)
        {
            var span = seq.Tokens[t].Span;
            while (e < entities.Count && entities[e].Span.End <= span.Start)
            {
                e++;
            }

            covered[t] = e < entities.Count && entities[e].Span.Start <= span.Start;
        }

        for (var i = 0; i < seq.Count; i++)
        {
            if (covered[i] || !TryNumber(seq.Terms[i], out var value, out var ordinal))
            {
                continue;
            }

            var limit = seq.SentenceEnd[i];
            var end = i + 1;
            double? upper = null;
            if (!ordinal && end < limit && GapIs(seq, i, '-', '–') && TryNumber(seq.Terms[end], out var second, out var secondOrdinal) && !secondOrdinal)
            {
                upper = second;
                end++;
            }

            if (IsDatePart(seq, i, end))
            {
                i = end - 1;
                continue;
            }

            var start = i;
            string? qualifier = null;
            for (var q = Math.Max(0, i - 3); q < i; q++)
            {
                if (rules.Qualifiers.Longest(seq, q, i, null, out var key) == i)
                {
                    qualifier = key;
                    start = q;
                    break;
                }
            }

            if (i > 0 && qualifier is null && IsIdentifierHead(seq, i))
            {
                i = end - 1;
                continue;
            }

            var kind = ordinal ? FigureKind.Ordinal : upper is not null ? FigureKind.Range : FigureKind.Count;
            var countedEnd = end;
            if (end < limit && (GapIs(seq, end - 1, '%') || rules.PercentWords.Contains(seq.Terms[end])))
            {
                kind = FigureKind.Percent;
            }
            else
            {
                countedEnd = CountedEnd(seq, end, limit);
            }

            var isYear = upper is null && !ordinal && value is >= 1800 and <= 2100 && seq.Terms[i].Length == 4;
            if ((countedEnd == end && kind != FigureKind.Percent) || (isYear && qualifier is null))
            {
                i = end - 1;
                continue;
            }

            var counted = countedEnd > end ? seq.Surface(end, countedEnd) : kind == FigureKind.Percent ? "percent" : string.Empty;
            var spanEnd = kind == FigureKind.Percent && GapIs(seq, end - 1, '%') ? seq.Tokens[end - 1].Span.End + 1 : seq.Span(start, Math.Max(countedEnd, end)).End;
            figures.Add(new Figure(new TextSpan(seq.Tokens[start].Span.Start, spanEnd), kind, value, counted) { UpperValue = upper, Qualifier = qualifier });
            i = Math.Max(countedEnd, end) - 1;
        }

        return figures;
    }

    private int CountedEnd(TokenSequence seq, int from, int limit)
    {
        var max = options.MaxCountedWords;
        var vietnamese = false;
        for (var k = from; k < Math.Min(limit, from + max); k++)
        {
            vietnamese |= seq.Text.AsSpan(seq.Tokens[k].Span.Start, seq.Tokens[k].Span.Length).IndexOfAny(VietnameseLetters) >= 0;
        }

        if (!vietnamese)
        {
            max = Math.Min(max, 2);
        }

        var end = from;
        while (end < limit && end - from < max)
        {
            var term = seq.Terms[end];
            var gapOk = IsPlainSpace(seq, end - 1);
            // A capitalised word after lower-case ones starts a name, not the counted noun ("75 năm Đối ngoại").
            var capitalAfterLower = end > from && seq.Capitalized[end] && !seq.Capitalized[end - 1];
            if (!gapOk || capitalAfterLower || rules.StopWords.Contains(term) || !char.IsLetter(term[0]) || rules.Months.Contains(term))
            {
                break;
            }

            end++;
        }

        return end;
    }

    private bool IsDatePart(TokenSequence seq, int start, int end)
    {
        if (end < seq.Count && rules.Months.Contains(seq.Terms[end]) && IsPlainSpace(seq, end - 1))
        {
            return true;
        }

        if (start > 0 && (rules.Months.Contains(seq.Terms[start - 1]) || rules.DatePrefixes.Contains(seq.Terms[start - 1])))
        {
            return true;
        }

        return (start > 0 && GapIs(seq, start - 1, '/', ':')) || (end < seq.Count && GapIs(seq, end - 1, '/', ':'));
    }

    private bool IsIdentifierHead(TokenSequence seq, int i)
    {
        if (rules.IdentifierHeads.Contains(seq.Terms[i - 1]))
        {
            return true;
        }

        return i > 1 && rules.IdentifierHeads.Contains(seq.Terms[i - 2] + " " + seq.Terms[i - 1]);
    }

    private bool TryNumber(string term, out double value, out bool ordinal)
    {
        ordinal = false;
        var digits = 0;
        while (digits < term.Length && (char.IsAsciiDigit(term[digits]) || (digits > 0 && term[digits] is '.' or ',')))
        {
            digits++;
        }

        if (digits == 0 || !char.IsAsciiDigit(term[0]))
        {
            value = 0;
            return false;
        }

        if (digits < term.Length)
        {
            if (!rules.OrdinalSuffixes.Contains(term[digits..]))
            {
                value = 0;
                return false;
            }

            ordinal = true;
        }

        // 2.340 and 1,000 group thousands; a single separator before 1–2 digits is a decimal (3,5).
        var number = term[..digits];
        var groups = number.Split('.', ',');
        var plain = groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3) ? string.Concat(groups) : number.Replace(',', '.');
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool GapIs(TokenSequence seq, int t, params char[] chars)
    {
        var from = seq.Tokens[t].Span.End;
        var to = t + 1 < seq.Count ? seq.Tokens[t + 1].Span.Start : seq.Text.Length;
        var gap = seq.Text.AsSpan(from, to - from).Trim();
        return gap.Length == 1 && chars.Contains(gap[0]);
    }

    private static bool IsPlainSpace(TokenSequence seq, int t)
    {
        var from = seq.Tokens[t].Span.End;
        var to = seq.Tokens[t + 1].Span.Start;
        return to - from == 1 && seq.Text[from] is ' ' or '\u00A0';
    }
}
