using BlazorReader.Core.Arabic;

namespace BlazorReader.Bench.Search;

// Generates known-item queries from the corpus with a fixed seed, so every run (and every
// analyzer in a run) is scored on the same queries.
internal sealed class KnownItemQueryGenerator
{
    private readonly IReadOnlyList<CorpusArticle> articles;
    private readonly Random random;
    private readonly QueryVariantWriter variants;
    private readonly TypoWriter typos;
    private readonly CliticShapeWriter clitics;
    private readonly Dictionary<string, HashSet<int>> idsByTitle;
    private readonly Lazy<string[]> bodyWordRuns;

    public KnownItemQueryGenerator(IReadOnlyList<CorpusArticle> articles, int seed)
    {
        this.articles = articles;
        random = new Random(seed);
        variants = new QueryVariantWriter(random);
        typos = new TypoWriter(random);
        clitics = new CliticShapeWriter(random);
        idsByTitle = Enumerable.Range(0, articles.Count)
            .GroupBy(i => TitleKey.From(articles[i].Title ?? ""), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToHashSet(), StringComparer.Ordinal);
        bodyWordRuns = new(() => articles.Select(a => " " + NormalisedRun(a.Content ?? "") + " ").ToArray());
    }

    public IEnumerable<KnownItemQuery> Generate(int perFamily)
    {
        foreach (var family in Enum.GetValues<QueryFamily>())
        {
            var made = 0;
            for (var attempt = 0; made < perFamily && attempt < perFamily * 50; attempt++)
            {
                var id = random.Next(articles.Count);
                var query = Make(family, id);
                if (query is null) continue;
                made++;
                yield return query;
            }
        }
    }

    private KnownItemQuery? Make(QueryFamily family, int id)
    {
        var title = (articles[id].Title ?? "").Trim();
        var titleWords = Words(title).ToList();
        if (family != QueryFamily.BodyPhrase && titleWords.Count < 3) return null;
        var text = family switch
        {
            QueryFamily.Exact => title,
            QueryFamily.Orthography => variants.Orthography(title),
            QueryFamily.Diacritics => variants.Diacritics(title),
            QueryFamily.Clitics => variants.Clitics(string.Join(' ', titleWords)),
            QueryFamily.Keywords => Keywords(titleWords),
            QueryFamily.Typos => Typo(titleWords),
            QueryFamily.CliticsBothWays => CliticsBothWays(titleWords),
            _ => BodyPhrase(articles[id].Content ?? ""),
        };
        if (text is null) return null;
        var right = family == QueryFamily.BodyPhrase ? ArticlesHolding(text) : idsByTitle[TitleKey.From(title)];
        return new KnownItemQuery(family, text, right);
    }

    private string? Keywords(List<string> titleWords)
    {
        var content = ContentWords(titleWords).ToList();
        if (content.Count < 3) return null;
        return string.Join(' ', content.OrderBy(_ => random.Next()).Take(3 + random.Next(2)));
    }

    // Three title words in headline order, one of four letters or more mistyped.
    private string? Typo(List<string> titleWords)
    {
        var content = ContentWords(titleWords).Where(w => w.All(IsArabicLetter)).ToList();
        if (content.Count < 3) return null;
        var picked = content.Select((w, i) => (w, i)).OrderBy(_ => random.Next()).Take(3).OrderBy(p => p.i).Select(p => p.w).ToArray();
        var longEnough = Enumerable.Range(0, 3).Where(i => picked[i].Length >= 4).ToList();
        if (longEnough.Count == 0) return null;
        var at = longEnough[random.Next(longEnough.Count)];
        var typed = typos.Mistype(picked[at]);
        if (typed is null) return null;
        picked[at] = typed;
        return string.Join(' ', picked);
    }

    // The whole headline with one or two of its content words given clitics or stripped of them.
    private string? CliticsBothWays(List<string> titleWords)
    {
        var words = titleWords.ToArray();
        var content = Enumerable.Range(0, words.Length)
            .Where(i => words[i].Length >= 4 && words[i].All(IsArabicLetter) && !ArabicStopwords.Contains(ArabicNormalizer.Normalize(words[i])))
            .ToList();
        if (content.Count == 0) return null;
        foreach (var i in content.OrderBy(_ => random.Next()).Take(1 + random.Next(2)))
        {
            words[i] = clitics.Rewrite(words[i]);
        }

        return string.Join(' ', words);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private string? BodyPhrase(string body)
    {
        var words = Words(body).ToList();
        if (words.Count < 20) return null;
        var start = random.Next(words.Count - 7);
        return string.Join(' ', words.Skip(start).Take(7));
    }

    private HashSet<int> ArticlesHolding(string phrase)
    {
        var needle = " " + NormalisedRun(phrase) + " ";
        var runs = bodyWordRuns.Value;
        return Enumerable.Range(0, runs.Length).Where(i => runs[i].Contains(needle, StringComparison.Ordinal)).ToHashSet();
    }

    // Words normalised as the title key normalises them (punctuation, hamza, diacritics set
    // aside), so a copy of the phrase differing only in those counts as holding it.
    private static string NormalisedRun(string text) =>
        string.Join(' ', Words(text).Select(w => ArabicNormalizer.Normalize(w)).Where(w => w.Length > 0));

    // The title words a keyword query draws from, as printed: three letters or more, no stopword.
    public static IEnumerable<string> ContentWords(IEnumerable<string> titleWords) =>
        titleWords.Where(w => w.Length >= 3 && !ArabicStopwords.Contains(ArabicNormalizer.Normalize(w))).Distinct();

    // Words as printed, punctuation dropped: what a reader would copy into a search box.
    public static IEnumerable<string> Words(string text) => ArabicTokenizer.Tokenize(text).Select(t => t.Text);
}
