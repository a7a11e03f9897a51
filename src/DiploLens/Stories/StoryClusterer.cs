namespace DiploLens.Stories;

/// <summary>
/// Incremental story clustering. Each article, in the order given, is first checked for being a copy of an earlier
/// article (MinHash LSH, <see cref="NearDuplicateIndex"/>): a copy joins its canonical's story. Otherwise candidate
/// stories come from an inverted index over signature features (the article's rarest features, the most recent
/// stories of each posting list), each candidate's most recent members are compared with the article, and the article
/// joins the best story whose similarity reaches the threshold, or starts a new story. When a second story also
/// reaches <see cref="StoryOptions.MergeThreshold"/>, the article shows the two are one and they are merged.
/// <para>
/// Similarity of two articles: over language-independent features, the sum of the smaller rarity-weighted weight of
/// each shared feature divided by the geometric mean of the two articles' total weights; for two articles of one
/// language this is blended with the cosine of their within-language terms (<see cref="StoryOptions.TermShare"/>).
/// Rarity is ln(1 + N / df) over the N articles seen so far, so a feature every article has (Vietnam) weighs little.
/// Time: dated articles further apart than <see cref="StoryOptions.WindowDays"/> are never compared, and the
/// similarity halves every <see cref="StoryOptions.DecayHalfLifeDays"/> of distance. An undated article (or story)
/// is not placed in time: no window and no decay apply to it.
/// </para>
/// <para>
/// Order: results depend on the order articles are added (that is what incremental means). <see cref="AddBatch"/>
/// fixes the order within a batch: dated articles by publication start, then undated ones, ties by article id; so a
/// batch gives the same stories whatever order it was ingested in.
/// </para>
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryOptions options;
    private readonly NearDuplicateIndex duplicates;

    // Features have dense local ids (indexes into these lists) and persistent global ids (StoryState).
    private readonly Dictionary<string, int> featureIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> localOfGlobal = [];
    private readonly List<long> globalIds = [];
    private readonly List<int> df = [];
    private readonly List<FeatureKind> kinds = [];
    private readonly List<string> keys = [];

    // A posting is the log of stories (as numbered then) its feature was added to; consecutive repeats are not logged.
    private readonly List<List<int>> postings = [];
    private readonly Dictionary<int, int> parent = [];
    private readonly Dictionary<int, Story> stories = [];
    private readonly Dictionary<int, List<Member>> members = [];
    private readonly Dictionary<(int Story, string Language), Centroid> centroids = [];
    private readonly Dictionary<long, (int Story, long? DuplicateOf)> articles = [];
    private readonly Dictionary<long, Member> added = [];
    private long articleCount;
    private long nextFeatureId = 1;
    private int nextStoryId = 1;

    // Continuing from persisted state: what is read from it lazily, and what has been read.
    private IStoryStateSource? source;
    private readonly List<bool> storedPostings = [];
    private readonly HashSet<int> postingsRead = [];
    private readonly HashSet<int> storiesRead = [];

    // What changed since the clusterer was created or since the last TakeDelta.
    private readonly HashSet<int> changedFeatures = [];
    private readonly List<StoredPosting> newPostings = [];
    private readonly List<(int From, int Into)> merges = [];
    private readonly HashSet<int> touchedStories = [];
    private readonly List<StoredMember> newMembers = [];
    private readonly List<StoredSketch> newSketches = [];
    private readonly List<StoryLink> newLinks = [];

    public StoryClusterer()
        : this(StoryOptions.Default)
    {
    }

    public StoryClusterer(StoryOptions options)
    {
        this.options = options;
        duplicates = new NearDuplicateIndex(options);
    }

    /// <summary>
    /// A clusterer that continues from persisted state: <paramref name="slice"/> holds what the next batch needs
    /// (<see cref="StoryStateSlice"/>); adding that batch then gives the links a clusterer holding the whole archive
    /// would give, as long as the batch's articles are the ones the slice was loaded for.
    /// </summary>
    public static StoryClusterer FromSlice(StoryOptions options, StoryStateSlice slice, IStoryStateSource? source = null)
    {
        var clusterer = new StoryClusterer(options)
        {
            articleCount = slice.ArticleCount,
            nextFeatureId = slice.NextFeatureId,
            nextStoryId = slice.NextStoryId,
            source = source,
        };
        clusterer.Load(slice);
        return clusterer;
    }

    /// <summary>
    /// Continues with more of the persisted state (features and sketches a new batch brings) and a new source to read
    /// the rest from: for keeping one clusterer across the batches of an update, when no one else wrote in between.
    /// </summary>
    public void Extend(StoryStateSlice more, IStoryStateSource newSource)
    {
        source = newSource;
        Load(more);
    }

    /// <summary>Whether a feature key is in memory.</summary>
    public bool Knows(string key) => featureIds.ContainsKey(key);

    public StoryOptions Options => options;

    /// <summary>The stories now, lowest id first (with a clusterer from a slice: the stories the batch touched or loaded, with the links added since).</summary>
    public IReadOnlyList<Story> Stories => stories.Values.OrderBy(s => s.Id).ToList();

    public int ArticleCount => articles.Count;

    public int FeatureCount => featureIds.Count;

    /// <summary>The id of the story holding <paramref name="articleId"/>, after merges.</summary>
    public int StoryOf(long articleId) => Find(articles[articleId].Story);

    public Story Story(int id) => stories[Find(id)];

    /// <summary>Adds a batch in the documented order (dated by publication start, then undated; ties by id).</summary>
    public IReadOnlyList<StoryLink> AddBatch(IEnumerable<ArticleSignature> batch) =>
        Order(batch).Select(Add).ToList();

    /// <summary>The order <see cref="AddBatch"/> adds a batch in.</summary>
    public static IEnumerable<ArticleSignature> Order(IEnumerable<ArticleSignature> batch) =>
        batch.OrderBy(s => s.TimeStart is null ? 1 : 0)
            .ThenBy(s => s.TimeStart ?? DateTime.MaxValue)
            .ThenBy(s => s.ArticleId);

    public StoryLink Add(ArticleSignature signature)
    {
        if (articles.ContainsKey(signature.ArticleId))
        {
            throw new InvalidOperationException($"Article {signature.ArticleId} was already added to the stories.");
        }

        if (duplicates.FindCopyOf(signature) is { } copy)
        {
            var canonical = articles[copy.ArticleId].DuplicateOf ?? copy.ArticleId;
            var storyId = Find(articles[copy.ArticleId].Story);
            ReadStories([storyId]);
            var link = new StoryLink(signature.ArticleId, storyId, LinkKind.Duplicate, copy.ArticleId, copy.Jaccard,
                [new LinkEvidence("shingles", null, copy.Jaccard >= options.ExactDuplicateJaccard ? "exact copy (shingle Jaccard)" : "near copy (shingle Jaccard)", copy.Jaccard)])
            {
                DuplicateOf = canonical,
            };
            articles[signature.ArticleId] = (storyId, canonical);
            stories[storyId].Add(link, signature);
            touchedStories.Add(storyId);
            newLinks.Add(link);

            // A copy adds no evidence of its own and must not make its features look common: no df, no member.
            return link;
        }

        duplicates.Add(signature);
        var member = Intern(signature);
        articleCount++;
        added[signature.ArticleId] = member;
        var scored = new List<(int Story, double Score, Member Best, bool Cross)>();
        var candidates = Candidates(member);
        ReadStories(candidates);
        foreach (var candidate in candidates)
        {
            if (!stories.TryGetValue(candidate, out var story))
            {
                continue;
            }

            var decay = Decay(member, story);
            if (decay <= 0)
            {
                continue;
            }

            var list = members[candidate];
            (double Score, Member? Best, bool Cross) best = (0, null, false);
            for (var i = list.Count - 1; i >= 0 && i >= list.Count - options.MaxMembersCompared; i--)
            {
                var other = list[i];
                var cross = other.Language != member.Language;
                var score = Similarity(member, other) * decay;
                var threshold = cross ? options.CrossLingualJoinThreshold : options.JoinThreshold;
                if (score >= threshold && score > best.Score)
                {
                    best = (score, other, cross);
                }
            }

            // Short texts (headlines) share few words with any one member but many with the story's same-language
            // centroid; the centroid score counts when it is higher, linked through the most similar member.
            if (centroids.TryGetValue((candidate, member.Language), out var centroid) && centroid.Count >= 2)
            {
                var score = Similarity(member, centroid.AsMember(member.Language)) * decay;
                if (score >= options.JoinThreshold && score > best.Score)
                {
                    var closest = RecentInLanguage(list, member.Language).MaxBy(m => Similarity(member, m));
                    if (closest is not null)
                    {
                        best = (score, closest, false);
                    }
                }
            }

            if (best.Best is not null)
            {
                scored.Add((candidate, best.Score, best.Best, best.Cross));
            }
        }

        StoryLink result;
        int target;
        if (scored.Count == 0)
        {
            target = nextStoryId++;
            parent[target] = target;
            stories[target] = new Story(target);
            members[target] = [];
            result = new StoryLink(signature.ArticleId, target, LinkKind.New, null, 0, []);
        }
        else
        {
            scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Story.CompareTo(b.Story));
            var (storyId, score, best, cross) = scored[0];
            var merged = scored.Skip(1).Where(s => s.Score >= options.MergeThreshold).Select(s => s.Story).ToList();
            target = merged.Append(storyId).Min();
            foreach (var other in merged.Append(storyId).Where(s => s != target))
            {
                Merge(target, other);
            }

            result = new StoryLink(signature.ArticleId, target, LinkKind.Joined, best.ArticleId, Math.Round(score, 4), Evidence(member, best, signature))
            {
                CrossLingual = cross,
                Merged = merged.Append(storyId).Where(s => s != target).ToList(),
            };
        }

        stories[target].Add(result, signature);
        touchedStories.Add(target);
        newLinks.Add(result);
        members[target].Add(member);
        newMembers.Add(new StoredMember(member.ArticleId, target, member.Language, member.Order, member.TimeStart, member.TimeEnd,
            member.Ids.Select((id, i) => (globalIds[id], member.Weights[i])).ToList()));
        if (NearDuplicateIndex.IsSketched(signature, options))
        {
            newSketches.Add(new StoredSketch(signature.ArticleId, target, signature.MinHash));
        }

        if (!centroids.TryGetValue((target, member.Language), out var sum))
        {
            sum = new Centroid();
            centroids.Add((target, member.Language), sum);
        }

        sum.Add(member.Ids, member.Weights);
        articles[signature.ArticleId] = (target, null);
        foreach (var id in member.Ids)
        {
            var posting = postings[id];
            if (posting.Count == 0 || posting[^1] != target)
            {
                posting.Add(target);
                newPostings.Add(new StoredPosting(globalIds[id], target, member.Order));
            }
        }

        return result;
    }

    /// <summary>
    /// Similarity (without time decay) and shared evidence of two added articles, weighted by the rarities as they are
    /// now; for explaining why two articles were, or were not, linked. Copies are compared through their canonical.
    /// </summary>
    public (double Score, IReadOnlyList<LinkEvidence> Evidence) Compare(long first, long second)
    {
        var a = added[articles[first].DuplicateOf ?? first];
        var b = added[articles[second].DuplicateOf ?? second];
        return (Math.Round(Similarity(a, b), 4), Evidence(a, b, null));
    }

    /// <summary>
    /// What changed since the clusterer was created (or since the last call): the rows to write back so that the
    /// next batch's <see cref="StoryStateSlice"/> continues from here.
    /// </summary>
    public StoryStateDelta TakeDelta()
    {
        var surviving = touchedStories.Select(Find).Distinct().Where(stories.ContainsKey).Order().ToList();
        var delta = new StoryStateDelta
        {
            ArticleCount = articleCount,
            NextFeatureId = nextFeatureId,
            NextStoryId = nextStoryId,
            Features = changedFeatures.Order().Select(id => new StoredFeature(globalIds[id], keys[id], kinds[id], df[id])).ToList(),
            Postings = newPostings.ToList(),
            Merges = merges.ToList(),
            Stories = surviving.Select(id => new StoredStory(id, stories[id].Title ?? "", stories[id].Languages.ToList(), stories[id].From, stories[id].To)).ToList(),
            Members = newMembers.Select(m => m with { StoryId = Find(m.StoryId) }).ToList(),
            Centroids = centroids.Where(c => surviving.Contains(c.Key.Story))
                .OrderBy(c => c.Key.Story).ThenBy(c => c.Key.Language, StringComparer.Ordinal)
                .Select(c => new StoredCentroid(c.Key.Story, c.Key.Language, c.Value.Count, c.Value.Sums.Select(f => (globalIds[f.Key], f.Value)).ToList()))
                .ToList(),
            Sketches = newSketches.Select(k => k with { StoryId = Find(k.StoryId) }).ToList(),
            Links = newLinks.Select(l => l with { StoryId = Find(l.StoryId) }).ToList(),
        };
        changedFeatures.Clear();
        newPostings.Clear();
        merges.Clear();
        touchedStories.Clear();
        newMembers.Clear();
        newSketches.Clear();
        newLinks.Clear();
        return delta;
    }

    private void Load(StoryStateSlice slice)
    {
        foreach (var feature in slice.Features)
        {
            if (!localOfGlobal.ContainsKey(feature.Id))
            {
                NewFeature(feature.Id, feature.Key, feature.Kind, feature.Df);
            }
        }

        foreach (var stored in slice.Stories)
        {
            parent[stored.Id] = stored.Id;
            stories[stored.Id] = DiploLens.Stories.Story.Restore(stored.Id, stored.Title, stored.Languages, stored.From, stored.To);
            members[stored.Id] = [];
        }

        foreach (var stored in slice.Members.OrderBy(m => m.Order))
        {
            var story = Find(stored.StoryId);
            if (!members.TryGetValue(story, out var list) || added.ContainsKey(stored.ArticleId))
            {
                continue;
            }

            var ids = stored.Features.Select(f => localOfGlobal[f.Feature]).ToArray();
            var weights = stored.Features.Select(f => f.Weight).ToArray();
            Array.Sort(ids, weights);
            var member = new Member(stored.ArticleId, stored.Language, ids, weights, stored.TimeStart, stored.TimeEnd, stored.Order);
            list.Add(member);
            added[stored.ArticleId] = member;
            articles[stored.ArticleId] = (story, null);
        }

        foreach (var stored in slice.Centroids)
        {
            var story = Find(stored.StoryId);
            if (!centroids.TryGetValue((story, stored.Language), out var centroid))
            {
                centroid = new Centroid();
                centroids.Add((story, stored.Language), centroid);
            }

            centroid.Add(stored.Count, stored.Sums.Select(f => (localOfGlobal[f.Feature], f.Sum)));
        }

        foreach (var sketch in slice.Sketches)
        {
            duplicates.Add(sketch.ArticleId, sketch.MinHash);
            articles.TryAdd(sketch.ArticleId, (sketch.StoryId, null));
        }
    }

    private void Merge(int into, int from)
    {
        parent[from] = into;
        merges.Add((from, into));
        touchedStories.Add(into);
        stories[into].Absorb(stories[from]);
        members[into].AddRange(members[from]);
        members[into].Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var key in centroids.Keys.Where(k => k.Story == from).ToList())
        {
            if (!centroids.TryGetValue((into, key.Language), out var sum))
            {
                sum = new Centroid();
                centroids.Add((into, key.Language), sum);
            }

            sum.Add(centroids[key]);
            centroids.Remove(key);
        }
        stories.Remove(from);
        members.Remove(from);
    }

    private int Find(int id)
    {
        // A story id the clusterer has not seen merged is its own root.
        while (parent.TryGetValue(id, out var up) && up != id)
        {
            var grand = parent.GetValueOrDefault(up, up);
            parent[id] = grand;
            id = grand;
        }

        return id;
    }

    private Member Intern(ArticleSignature signature)
    {
        var ids = new int[signature.Features.Count];
        var weights = new float[signature.Features.Count];
        for (var i = 0; i < signature.Features.Count; i++)
        {
            var feature = signature.Features[i];
            if (!featureIds.TryGetValue(feature.Key, out var id))
            {
                id = NewFeature(nextFeatureId++, feature.Key, feature.Kind, 0);
            }

            df[id]++;
            changedFeatures.Add(id);
            ids[i] = id;
            weights[i] = (float)feature.Weight;
        }

        Array.Sort(ids, weights);
        return new Member(signature.ArticleId, signature.Language, ids, weights, signature.TimeStart, signature.TimeEnd, articleCount);
    }

    private int NewFeature(long globalId, string key, FeatureKind kind, int frequency)
    {
        var id = df.Count;
        featureIds.Add(key, id);
        localOfGlobal.Add(globalId, id);
        globalIds.Add(globalId);
        df.Add(frequency);
        kinds.Add(kind);
        keys.Add(key);
        postings.Add([]);
        storedPostings.Add(source is not null && frequency > 0);
        return id;
    }

    private double Idf(int feature) => Math.Log(1 + ((double)articleCount / df[feature]));

    private List<int> Candidates(Member member)
    {
        var hits = new Dictionary<int, double>();
        var query = Enumerable.Range(0, member.Ids.Length)
            .Where(i => postings[member.Ids[i]].Count > 0 || storedPostings[member.Ids[i]])
            .OrderByDescending(i => Idf(member.Ids[i]) * StoryFeatures.BaseWeight(kinds[member.Ids[i]]))
            .ThenBy(i => globalIds[member.Ids[i]]) // ties by first appearance, whichever part of the state is in memory
            .Take(options.MaxQueryFeatures)
            .ToList();
        ReadPostings(query.Select(i => member.Ids[i]));
        foreach (var i in query)
        {
            var id = member.Ids[i];
            var weight = Idf(id) * StoryFeatures.BaseWeight(kinds[id]);
            foreach (var story in RecentStories(postings[id]))
            {
                hits[story] = hits.GetValueOrDefault(story) + weight;
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(options.MaxCandidates).Select(h => h.Key).ToList();
    }

    /// <summary>The story's <see cref="StoryOptions.MaxMembersCompared"/> most recent members in one language, oldest first.</summary>
    private IEnumerable<Member> RecentInLanguage(List<Member> list, string language)
    {
        var recent = new List<Member>(options.MaxMembersCompared);
        for (var i = list.Count - 1; i >= 0 && recent.Count < options.MaxMembersCompared; i--)
        {
            if (list[i].Language == language)
            {
                recent.Add(list[i]);
            }
        }

        recent.Reverse();
        return recent;
    }

    /// <summary>
    /// Reads the persisted posting entries of these features (once each), before any entry this clusterer added:
    /// the persisted ones are older. The story ids they name that were merged come with the story they went into.
    /// </summary>
    private void ReadPostings(IEnumerable<int> features)
    {
        var wanted = features.Where(id => storedPostings[id] && postingsRead.Add(id)).ToList();
        if (source is null || wanted.Count == 0)
        {
            return;
        }

        var (entries, merged) = source.Postings(wanted.Select(id => globalIds[id]).ToList(), options.MaxPostingsScanned);
        foreach (var group in entries.GroupBy(e => localOfGlobal[e.FeatureId]))
        {
            var log = new List<int>();
            foreach (var entry in group.OrderBy(e => e.Touch).ThenBy(e => e.StoryId))
            {
                if (log.Count == 0 || log[^1] != entry.StoryId)
                {
                    log.Add(entry.StoryId);
                }
            }

            postings[group.Key].InsertRange(0, log);
        }

        foreach (var (from, into) in merged)
        {
            parent.TryAdd(from, into);
        }
    }

    /// <summary>Reads persisted stories (row, recent members per language, centroids) that are not in memory yet.</summary>
    private void ReadStories(IEnumerable<int> roots)
    {
        var wanted = roots.Where(id => !stories.ContainsKey(id) && storiesRead.Add(id)).ToList();
        if (source is null || wanted.Count == 0)
        {
            return;
        }

        Load(source.Stories(wanted, options.MaxMembersCompared, localOfGlobal.ContainsKey));
    }

    /// <summary>
    /// The stories (after merges) among the <see cref="StoryOptions.MaxPostingsScanned"/> most recently touched story
    /// ids of a posting log, each once: what the persisted posting (one row per feature and story id, with its last
    /// touch) returns too. The log is read back at most <see cref="StoryOptions.MaxPostingLogRead"/> entries.
    /// </summary>
    private HashSet<int> RecentStories(List<int> posting)
    {
        var raw = new HashSet<int>();
        var roots = new HashSet<int>();
        for (var p = posting.Count - 1; p >= 0 && p >= posting.Count - options.MaxPostingLogRead && raw.Count < options.MaxPostingsScanned; p--)
        {
            if (raw.Add(posting[p]))
            {
                roots.Add(Find(posting[p]));
            }
        }

        return roots;
    }

    private double Decay(Member member, Story story)
    {
        if (member.TimeStart is not { } start || member.TimeEnd is not { } end || story.From is not { } from || story.To is not { } to)
        {
            return 1;
        }

        var gap = start > to ? (start - to).TotalDays : from > end ? (from - end).TotalDays : 0;
        return gap > options.WindowDays ? 0 : Math.Pow(0.5, gap / options.DecayHalfLifeDays);
    }

    /// <summary>Similarity of two articles as described on the class.</summary>
    private double Similarity(Member a, Member b)
    {
        var sameLanguage = a.Language == b.Language;
        double shared = 0, massA = 0, massB = 0, dot = 0, normA = 0, normB = 0;
        int i = 0, j = 0, yearsA = 0, yearsB = 0, yearsShared = 0;
        while (i < a.Ids.Length || j < b.Ids.Length)
        {
            var ia = i < a.Ids.Length ? a.Ids[i] : int.MaxValue;
            var jb = j < b.Ids.Length ? b.Ids[j] : int.MaxValue;
            var id = Math.Min(ia, jb);
            var idf = Idf(id);
            var wa = ia == id ? a.Weights[i] * idf : 0;
            var wb = jb == id ? b.Weights[j] * idf : 0;
            if (kinds[id] == FeatureKind.Year)
            {
                yearsA += ia == id ? 1 : 0;
                yearsB += jb == id ? 1 : 0;
                yearsShared += ia == id && jb == id ? 1 : 0;
            }

            if (kinds[id] == FeatureKind.Term)
            {
                normA += wa * wa;
                normB += wb * wb;
                dot += wa * wb;
            }
            else
            {
                massA += wa;
                massB += wb;
                shared += Math.Min(wa, wb);
            }

            if (ia == id)
            {
                i++;
            }

            if (jb == id)
            {
                j++;
            }
        }

        // An undated article is not placed in time, but the years it names are: two articles that both name years
        // and share none report different occasions (the 31st and the 32nd conference), whatever else they share.
        if ((a.TimeStart is null || b.TimeStart is null) && options.UndatedYearConflict && yearsA > 0 && yearsB > 0 && yearsShared == 0)
        {
            return 0;
        }

        var signature = massA > 0 && massB > 0 ? shared / Math.Sqrt(massA * massB) : 0;
        if (!sameLanguage)
        {
            return signature;
        }

        var terms = normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
        return massA > 0 && massB > 0
            ? (options.TermShare * terms) + ((1 - options.TermShare) * signature)
            : terms;
    }

    private List<LinkEvidence> Evidence(Member a, Member b, ArticleSignature? signatureOfA)
    {
        var evidence = new List<LinkEvidence>();
        var sameLanguage = a.Language == b.Language;
        var labels = signatureOfA?.Features ?? [];
        for (int i = 0, j = 0; i < a.Ids.Length && j < b.Ids.Length;)
        {
            if (a.Ids[i] < b.Ids[j])
            {
                i++;
            }
            else if (a.Ids[i] > b.Ids[j])
            {
                j++;
            }
            else
            {
                var id = a.Ids[i];
                if (kinds[id] != FeatureKind.Term || sameLanguage)
                {
                    var weight = Math.Min(a.Weights[i], b.Weights[j]) * Idf(id);
                    var label = labels.FirstOrDefault(f => f.Key == keys[id])?.Label ?? keys[id];
                    evidence.Add(new LinkEvidence(keys[id], kinds[id], label, Math.Round(weight, 3)));
                }

                i++;
                j++;
            }
        }

        return evidence.OrderByDescending(e => e.Weight).ThenBy(e => e.Feature, StringComparer.Ordinal).Take(options.MaxEvidence).ToList();
    }

    /// <summary>The summed feature weights of a story's members in one language.</summary>
    private sealed class Centroid
    {
        private readonly Dictionary<int, double> sums = [];

        // The mean member is rebuilt only after the sums change: a large story is a candidate for many articles.
        private Member? mean;

        public int Count { get; private set; }

        public IReadOnlyDictionary<int, double> Sums => sums;

        public void Add(int count, IEnumerable<(int Id, double Sum)> stored)
        {
            foreach (var (id, sum) in stored)
            {
                sums[id] = sums.GetValueOrDefault(id) + sum;
            }

            Count += count;
            mean = null;
        }

        public void Add(int[] ids, float[] weights)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                sums[ids[i]] = sums.GetValueOrDefault(ids[i]) + weights[i];
            }

            Count++;
            mean = null;
        }

        public void Add(Centroid other)
        {
            foreach (var (id, w) in other.sums)
            {
                sums[id] = sums.GetValueOrDefault(id) + w;
            }

            Count += other.Count;
            mean = null;
        }

        /// <summary>The mean member: each feature's summed weight divided by the member count.</summary>
        public Member AsMember(string language)
        {
            if (mean is null || mean.Language != language)
            {
                var ids = sums.Keys.ToArray();
                var weights = ids.Select(id => (float)(sums[id] / Count)).ToArray();
                Array.Sort(ids, weights);
                mean = new Member(-1, language, ids, weights, null, null, -1);
            }

            return mean;
        }
    }

    private sealed record Member(long ArticleId, string Language, int[] Ids, float[] Weights, DateTime? TimeStart, DateTime? TimeEnd, long Order);
}
