using DiploLens.Documents;
using DiploLens.Extraction.Dates;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Dates;

/// <summary>
/// Finds the Document's publication and modification dates and the dates mentioned in its text (<see cref="Layers.Dates"/>).
/// Language for names and day/month order: the language layer if present, else the declared language, else unknown
/// (then day-first unless the numbers say otherwise). Dates without a year resolve against the reference date, today by
/// the <see cref="TimeProvider"/>.
/// </summary>
public sealed class DateStage(DateParser parser, TimeProvider time) : IStage
{
    public const string StageName = "dates";

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Paragraphs];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Dates];

    public void Process(Document document) => document.Set(Layers.Dates, Find(document));

    /// <summary>The dates of <paramref name="document"/>, without writing the layer.</summary>
    public DateAnnotation Find(Document document)
    {
        var language = document.TryGet(Layers.Language, out var detected) && detected.Language != "und"
            ? detected.Language
            : document.Metadata.DeclaredLanguage;
        var reference = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var paragraphs = document.Get(Layers.Paragraphs);
        var metadata = document.Metadata;

        // 1. The source or page metadata states the publication date: it wins.
        DatedEvidence? published = metadata.Published is { } stated
            ? new DatedEvidence(stated, "metadata", metadata.PublishedSource ?? "source", null)
            : null;

        // 2. Otherwise the lead (first paragraph) dates the article: a news lead reports what happened on its day
        //    ("les diplomates se sont réunis mardi 23 novembre"). Only a day or finer date not after the reference counts;
        //    a year alone ("in 2023") does not make a publication date.
        var context = new DateContext(language, reference, published?.Date.Year);
        if (published is null && paragraphs.Count > 0)
        {
            var lead = paragraphs.FirstOrDefault(p => p.Kind == BlockKind.Paragraph) ?? paragraphs[0];
            var leadDate = parser.FindMentions(document.Text, lead.Span, context)
                .FirstOrDefault(m => m.Kind == DateMentionKind.Date && m.Date.Precision >= DatePrecision.Day
                    && DateOnly.FromDateTime(m.Date.Start) <= reference && !m.Rule.EndsWith("-reference-year", StringComparison.Ordinal));
            if (leadDate is not null)
            {
                published = new DatedEvidence(leadDate.Date, "text", "lead-date:" + leadDate.Rule, leadDate.Span);
                context = context with { PublicationYear = leadDate.Date.Year };
            }
        }

        // 3. Every mention in every paragraph, bare day + month taking the publication year.
        var mentions = new List<DateMention>();
        foreach (var paragraph in paragraphs)
        {
            mentions.AddRange(parser.FindMentions(document.Text, paragraph.Span, context));
        }

        var modified = metadata.Modified is { } changed ? new DatedEvidence(changed, "metadata", metadata.ModifiedSource ?? "source", null) : null;
        return new DateAnnotation(published, modified, mentions);
    }
}
