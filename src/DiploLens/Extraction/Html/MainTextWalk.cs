using System.Text;
using AngleSharp.Dom;
using DiploLens.Documents;

namespace DiploLens.Extraction.Html;

/// <summary>
/// Finds and emits the main text of one parsed page (readability-style scoring with link density, known containers and
/// JSON-LD articleBody as evidence). One instance per page; every walk uses an explicit stack.
/// </summary>
internal sealed class MainTextWalk(HtmlRules rules, HtmlPageMetadata metadata)
{
    private const int MaxRemovedChars = 5000;
    private readonly Dictionary<IElement, Info> info = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> order = [];

    public (string Text, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<RemovedSegment> Removed) Run(IElement body)
    {
        // 1. Drop what is never text (scripts, forms, media) and what the page hides.
        DropInvisible(body);

        // 2. Index the tree in document order and measure it (text, link text, commas) bottom-up.
        Index(body);
        Measure(includeBoilerplate: true);

        // 3. Mark boilerplate by tag and by class/id, unless the block holds most of the page's text (a wrapper named "content-sidebar").
        MarkBoilerplate(body);
        Measure(includeBoilerplate: false);

        // 4. Score paragraphs into their ancestors and pick the best container.
        var top = ScoreAndPickTop(body);

        // 5. Evidence can overrule the scoring: the element best matching JSON-LD articleBody, else a known article container.
        top = PreferEvidence(body, top);

        // 6. Add siblings of the container that look like article text. A container with almost no text means the scoring
        //    found no article block (short pages, text in table cells or bare divs): fall back to the whole body minus boilerplate.
        var roots = top is null || info[top].Text < 250 ? [body] : MergeSiblings(top);

        // 7. Emit paragraphs from the roots, recording every block removed on the way.
        return Emit(body, roots);
    }

    private void DropInvisible(IElement body)
    {
        var toRemove = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children)
            {
                if (rules.DropTags.Contains(child.LocalName) || IsHidden(child))
                {
                    toRemove.Add(child);
                }
                else
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var element in toRemove)
        {
            element.Remove();
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private void Index(IElement body)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((body, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            info[element] = new Info { Order = order.Count, Depth = depth };
            order.Add(element);
            // Children is a live, filtered view whose indexer walks the child list: copy it once.
            var children = element.Children.ToArray();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }
    }

    private void Measure(bool includeBoilerplate)
    {
        // Reverse document order visits children before parents.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var node = info[element];
            if (!includeBoilerplate && node.Boilerplate is not null)
            {
                node.Text = node.Links = node.Commas = node.Prose = 0;
                continue;
            }

            var (own, commas) = OwnText(element);
            var text = own;
            var links = 0;
            var allCommas = commas;
            foreach (var child in element.Children)
            {
                var c = info[child];
                text += c.Text;
                links += c.Links;
                allCommas += c.Commas;
            }

            node.Own = own;
            node.Text = text;
            node.Links = element.LocalName == "a" ? text : links;
            node.Commas = allCommas;
            var prose = 0;
            foreach (var child in element.Children)
            {
                prose += info[child].Prose;
            }

            // Prose: text of real paragraphs (long enough, few links), or of a text-bearing div.
            var isParagraph = (element.LocalName is "p" or "blockquote" or "pre" && text >= 60) || own >= 150;
            node.Prose = isParagraph && node.Links < text * 0.5 ? Math.Max(prose, element.LocalName is "p" or "blockquote" or "pre" ? text : own + prose) : prose;
        }
    }

    private static (int Length, int Commas) OwnText(IElement element)
    {
        var length = 0;
        var commas = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType != NodeType.Text)
            {
                continue;
            }

            foreach (var c in child.TextContent)
            {
                if (!char.IsWhiteSpace(c))
                {
                    length++;
                    if (c is ',' or '，' or '、')
                    {
                        commas++;
                    }
                }
            }
        }

        return (length, commas);
    }

    private void MarkBoilerplate(IElement body)
    {
        var totalProse = info[body].Prose;
        var totalText = Math.Max(1, info[body].Text);
        foreach (var element in order)
        {
            if (element == body || element.LocalName is "html" or "body")
            {
                continue;
            }

            var node = info[element];
            var parent = element.ParentElement;
            if (parent is not null && info.TryGetValue(parent, out var p) && p.Boilerplate is not null)
            {
                node.Boilerplate = p.Boilerplate;
                node.Inherited = true;
                continue;
            }

            string? reason = null;
            string? rule = null;
            if (rules.StructuralTags.TryGetValue(element.LocalName, out var tagReason))
            {
                (reason, rule) = (tagReason, $"html:<{element.LocalName}>");
            }
            else
            {
                var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
                if (names.Length > 1)
                {
                    foreach (var (patternReason, pattern) in rules.Boilerplate)
                    {
                        var match = pattern.Match(names);
                        if (match.Success)
                        {
                            (reason, rule) = (patternReason, $"html:class/id '{match.Value.Trim(' ', '-', '_')}'");
                            break;
                        }
                    }
                }
            }

            // A "boilerplate" block that holds most of the page's prose is a misnamed wrapper ("content-with-sidebar"), not
            // boilerplate; comment sections stay boilerplate however long they are.
            var wrapper = reason != "comments" && ((node.Prose >= 300 && node.Prose >= totalProse * 0.4) || (node.Text >= totalText * 0.5 && LinkDensity(node) < 0.5));
            if (reason is not null && !wrapper)
            {
                node.Boilerplate = reason;
                node.Rule = rule;
            }
        }
    }

    private IElement? ScoreAndPickTop(IElement body)
    {
        var candidates = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in order)
        {
            var node = info[element];
            if (node.Boilerplate is not null)
            {
                continue;
            }

            var tag = element.LocalName;
            var length = tag is "p" or "pre" or "blockquote" or "td" ? node.Text : tag is "div" or "section" or "article" or "span" or "font" or "center" or "main" ? node.Own : 0;
            if (length < 25)
            {
                continue;
            }

            var score = 1.0 + Commas(element, tag) + Math.Min(length / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!info.TryGetValue(ancestor, out var a))
                {
                    break;
                }

                if (candidates.Add(ancestor))
                {
                    a.Score = InitialScore(ancestor);
                }

                a.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        IElement? top = null;
        var best = double.MinValue;
        foreach (var candidate in candidates)
        {
            var node = info[candidate];
            node.Score *= 1 - LinkDensity(node);
            if (node.Score > best)
            {
                (best, top) = (node.Score, candidate);
            }
        }

        // Readability's refinement: when the top container's parent holds barely more text, the parent is the article (a split body).
        while (top is not null && top.ParentElement is { } parent && parent != body && info.TryGetValue(parent, out var pn)
            && pn.Boilerplate is null && info[top].Text > 0 && pn.Text < info[top].Text * 1.15 && LinkDensity(pn) < 0.3)
        {
            top = parent;
        }

        // Prose outside the container: when the parent holds clearly more real paragraphs at low link density, the container
        // was only part of the article (a lead box, one of several text blocks).
        while (top is not null && top.ParentElement is { } up && up != body && info.TryGetValue(up, out var upNode)
            && upNode.Boilerplate is null && upNode.Prose > info[top].Prose * 1.15 + 50 && LinkDensity(upNode) < 0.3)
        {
            top = up;
        }

        return top;
    }

    private int Commas(IElement element, string tag) => tag is "p" or "pre" or "blockquote" or "td" ? info[element].Commas : OwnText(element).Commas;

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        if (rules.Positive.IsMatch(names) || element.GetAttribute("itemprop") == "articleBody")
        {
            score += 25;
        }

        return score;
    }

    private static double LinkDensity(Info node) => node.Text == 0 ? 0 : (double)node.Links / node.Text;

    private IElement? PreferEvidence(IElement body, IElement? top)
    {
        if (metadata.ArticleBody is { Length: >= 200 } articleBody)
        {
            var gold = Words(articleBody);
            var candidates = info.Where(kv => kv.Value.Score > 0).OrderByDescending(kv => kv.Value.Score).Take(5).Select(kv => kv.Key).ToList();
            if (top is not null)
            {
                for (var a = top.ParentElement; a is not null && a != body.ParentElement; a = a.ParentElement)
                {
                    candidates.Add(a);
                }
            }

            IElement? bestElement = null;
            var bestF1 = 0.0;
            var topF1 = 0.0;
            foreach (var candidate in candidates.Distinct())
            {
                if (!info.TryGetValue(candidate, out var node) || node.Boilerplate is not null || node.Text == 0)
                {
                    continue;
                }

                var f1 = WordF1(Words(PlainText(candidate)), gold);
                if (candidate == top)
                {
                    topF1 = f1;
                }

                if (f1 > bestF1)
                {
                    (bestF1, bestElement) = (f1, candidate);
                }
            }

            if (bestElement is not null && bestF1 >= 0.5 && bestF1 > topF1 + 0.1)
            {
                return bestElement;
            }
        }

        foreach (var selector in rules.KnownContainers)
        {
            var known = body.QuerySelector(selector);
            if (known is not null && info.TryGetValue(known, out var node) && node.Boilerplate is null && node.Text >= 200 && LinkDensity(node) < 0.3
                && (top is null || node.Text >= info[top].Text * 0.3))
            {
                return known;
            }
        }

        return top;
    }

    private List<IElement> MergeSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var topNode = info[top];
        var threshold = Math.Max(10, topNode.Score * 0.2);
        var roots = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (!info.TryGetValue(sibling, out var node) || node.Boilerplate is not null || node.Text == 0)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topNode.Score * 0.2 : 0;
            var density = LinkDensity(node);
            var append = (node.Score + bonus >= threshold && node.Score > 0) || (node.Prose >= 50 && density < 0.3);
            if (!append && sibling.LocalName == "p")
            {
                var text = PlainText(sibling);
                append = (node.Text > 80 && density < 0.25) || (node.Text is > 0 and <= 80 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal)));
            }

            if (append)
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private (string, IReadOnlyList<Paragraph>, IReadOnlyList<RemovedSegment>) Emit(IElement body, List<IElement> roots)
    {
        var output = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        var removed = new List<(int Order, RemovedSegment Segment)>();
        var block = new StringBuilder();
        var kind = BlockKind.Paragraph;
        var title = Normalise(metadata.Title);

        void Flush()
        {
            var text = block.ToString().Trim();
            block.Clear();
            if (text.Length == 0)
            {
                kind = BlockKind.Paragraph;
                return;
            }

            if (rules.BoilerplateLines.FirstOrDefault(r => r.IsMatch(text)) is { } line)
            {
                removed.Add((int.MaxValue, new RemovedSegment(text, "widget-line", $"html:line /{line}/", -1, output.Length)));
            }

            else
            {
                if (output.Length > 0)
                {
                    output.Append("\n\n");
                }

                var start = output.Length;
                output.Append(text);
                paragraphs.Add(new Paragraph(new TextSpan(start, output.Length), kind));
            }

            kind = BlockKind.Paragraph;
        }

        var rootSet = new HashSet<IElement>(roots, ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            // (node, exiting) pairs: an element is visited on entry and again on exit, so block boundaries flush.
            var stack = new Stack<(INode Node, bool Exit)>();
            stack.Push((root, false));
            var inPre = 0;
            while (stack.Count > 0)
            {
                var (node, exit) = stack.Pop();
                if (node is IElement element)
                {
                    var tag = element.LocalName;
                    if (exit)
                    {
                        if (tag == "pre")
                        {
                            inPre--;
                        }

                        if (HtmlExtractor.IsBlock(tag))
                        {
                            Flush();
                        }

                        continue;
                    }

                    if (element != root && WhyRemove(element, title, info[root].Text) is { } why)
                    {
                        Flush();
                        var removedText = PlainText(element);
                        if (removedText.Length > 0)
                        {
                            removed.Add((int.MaxValue, new RemovedSegment(Cap(removedText), why.Reason, why.Rule, SourceOffset(element), output.Length)));
                        }

                        continue;
                    }

                    if (tag == "br")
                    {
                        Flush();
                        continue;
                    }

                    if (HtmlExtractor.IsBlock(tag))
                    {
                        Flush();
                        kind = tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? BlockKind.Heading : tag == "li" ? BlockKind.ListItem : BlockKind.Paragraph;
                    }

                    if (tag == "pre")
                    {
                        inPre++;
                    }

                    stack.Push((element, true));
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], false));
                    }
                }
                else if (node.NodeType == NodeType.Text)
                {
                    AppendText(block, node.TextContent, inPre > 0);
                }
            }

            Flush();
        }

        // A trailing section opened by a related/comments/share heading is cut, when what follows is a minor part of the text.
        // (One string for the scan: slicing a large StringBuilder is linear in its chunk count.)
        var emitted = output.ToString();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Span.Length > 60)
            {
                continue;
            }

            var heading = paragraphs[i].Span.Of(emitted);
            if (heading.Length > 60 || !rules.TailHeadings.Any(r => r.IsMatch(heading)) || paragraphs[i].Span.Start < output.Length * 0.5)
            {
                continue;
            }

            var tail = emitted[paragraphs[i].Span.Start..];
            var cut = paragraphs[i].Span.Start;
            output.Length = cut > 2 ? cut - 2 : cut;
            paragraphs.RemoveRange(i, paragraphs.Count - i);
            removed.Add((int.MaxValue, new RemovedSegment(Cap(tail), "related-tail", $"html:tail heading '{heading}'", -1, output.Length)));
            break;
        }

        // Trailing fragments (a credit, a time stamp, "Rezept drucken", an author name) end many containers: short blocks
        // without sentence punctuation after the last sentence are cut.
        var trimmed = output.ToString();
        while (paragraphs.Count > 1)
        {
            var last = paragraphs[^1];
            var lastText = last.Span.Of(trimmed);
            if (last.Kind == BlockKind.ListItem || lastText.Length >= 50 || ".!?\"»”)…".Contains(lastText[^1], StringComparison.Ordinal))
            {
                break;
            }

            paragraphs.RemoveAt(paragraphs.Count - 1);
            var end = paragraphs[^1].Span.End;
            removed.Add((int.MaxValue, new RemovedSegment(lastText, "trailing-fragment", "html:short block after the last sentence", -1, end)));
            output.Length = end;
            trimmed = trimmed[..end];
        }

        // Leading fragments (a date line, "Artikel", a kicker) before the first sentence go the same way; headings stay.
        var leading = 0;
        while (leading < paragraphs.Count - 1)
        {
            var lead = paragraphs[leading];
            var blockText = lead.Span.Of(trimmed);
            if (lead.Kind != BlockKind.Paragraph || blockText.Length >= 50 || ".!?\"»”)…:".Contains(blockText[^1], StringComparison.Ordinal))
            {
                break;
            }

            leading++;
        }

        if (leading > 0)
        {
            var cutAt = paragraphs[leading].Span.Start;
            foreach (var fragment in paragraphs.Take(leading))
            {
                removed.Add((int.MaxValue, new RemovedSegment(fragment.Span.Of(trimmed), "leading-fragment", "html:short block before the first sentence", -1, 0)));
            }

            trimmed = trimmed[cutAt..];
            paragraphs = paragraphs.Skip(leading).Select(p => p with { Span = new TextSpan(p.Span.Start - cutAt, p.Span.End - cutAt) }).ToList();
            output.Clear().Append(trimmed);
            removed = removed.Select(r => (r.Order, r.Segment with { Anchor = Math.Max(0, r.Segment.Anchor - cutAt) })).ToList();
        }

        // Boilerplate outside the article: outermost blocks only, anchored at the start or end of the text.
        var firstRoot = roots.Count > 0 ? info[roots[0]].Order : int.MaxValue;
        foreach (var element in order)
        {
            var node = info[element];
            if (node.Boilerplate is null || node.Inherited || IsInside(element, rootSet))
            {
                continue;
            }

            var text = PlainText(element);
            if (text.Length > 0)
            {
                removed.Add((node.Order, new RemovedSegment(Cap(text), node.Boilerplate, node.Rule ?? "html", SourceOffset(element), node.Order < firstRoot ? 0 : output.Length)));
            }
        }

        var length = output.Length;
        var segments = removed.Select(r => (r.Order, Segment: r.Segment.Anchor > length ? r.Segment with { Anchor = length } : r.Segment)).OrderBy(r => r.Segment.Anchor).ThenBy(r => r.Order).Select(r => r.Segment).ToList();
        return (output.ToString(), paragraphs, segments);
    }

    private (string Reason, string Rule)? WhyRemove(IElement element, string? title, int rootText)
    {
        var node = info[element];
        if (node.Boilerplate is not null)
        {
            return (node.Boilerplate, node.Rule ?? "html");
        }

        var tag = element.LocalName;
        if (tag is "figure" or "figcaption")
        {
            return ("caption", $"html:<{tag}>");
        }

        // A link-dense block is a list of links unless it is most of the article (recipe and product pages link every ingredient).
        if (tag is "ul" or "ol" or "div" or "section" or "table" or "p" or "dl" && node.Text > 0 && LinkDensity(node) > 0.5 && node.Text < rootText * 0.5)
        {
            return ("link-list", $"html:link density {LinkDensity(node):0.00} in <{tag}>");
        }

        if (node.Text < 400)
        {
            var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
            if (names.Length > 1 && rules.BylineElement.IsMatch(names))
            {
                return ("byline", "html:class/id byline");
            }

            if (names.Length > 1 && rules.DateElement.IsMatch(names) && tag is not "p")
            {
                return ("dateline", "html:class/id date");
            }
        }

        if (tag is "h1" && title is not null && Normalise(PlainText(element)) == title)
        {
            return ("title", "html:<h1> = title");
        }

        return null;
    }

    private static bool IsInside(IElement element, HashSet<IElement> roots)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (roots.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The visible text of an element, block boundaries as line breaks, whitespace collapsed.</summary>
    internal static string PlainText(IElement element)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement e)
            {
                if (HtmlExtractor.IsBlock(e.LocalName) || e.LocalName == "br")
                {
                    builder.Append('\n');
                }

                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(builder, node.TextContent, preformatted: false);
            }
        }

        var lines = builder.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join("\n", lines);
    }

    private static void AppendText(StringBuilder builder, string text, bool preformatted)
    {
        if (preformatted)
        {
            builder.Append(text);
            return;
        }

        foreach (var c in text)
        {
            // Soft hyphens, zero-width spaces and stray BOMs are invisible and split words for search and matching.
            if (c is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static int SourceOffset(IElement element) => element.SourceReference?.Position.Position ?? -1;

    private static string Cap(string text) => text.Length <= MaxRemovedChars ? text : text[..MaxRemovedChars] + "…";

    private static string? Normalise(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(5000))
        {
            words.Add(word.Trim('.', ',', ';', ':', '"', '\'', '“', '”', '(', ')').ToLowerInvariant());
        }

        return words;
    }

    private static double WordF1(HashSet<string> candidate, HashSet<string> gold)
    {
        if (candidate.Count == 0 || gold.Count == 0)
        {
            return 0;
        }

        var common = candidate.Count(gold.Contains);
        var precision = (double)common / candidate.Count;
        var recall = (double)common / gold.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private sealed class Info
    {
        public int Order { get; init; }

        public int Depth { get; init; }

        public int Own { get; set; }

        public int Text { get; set; }

        public int Links { get; set; }

        public int Commas { get; set; }

        public int Prose { get; set; }

        public double Score { get; set; }

        public string? Boilerplate { get; set; }

        public string? Rule { get; set; }

        public bool Inherited { get; set; }
    }
}
