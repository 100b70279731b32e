namespace BlazorReader.Core.Related;

// Builds a RelatedIndex from pages of articles, so a whole site's texts are never held at
// once: each page is analysed on every core and only its analysis is kept. Signatures leave
// out the shingles many articles share, so they are made once every article is counted;
// until then only each article's shingles wait, not its text.
public sealed class RelatedIndexBuilder(SameStoryOptions? sameStory = null, TopicalOptions? topical = null, Func<int, bool>? isPublic = null)
{
    private readonly RelatedIndex index = new(sameStory, topical, isPublic);
    private readonly List<(RelatedDocument Article, StoryText Text)> waiting = [];
    private bool built;

    // Pages come in the order the index should hold them (the store's id order).
    public void AddPage(IReadOnlyList<RelatedDocument> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(built, this);
        var fingerprinter = index.SameStory.Fingerprinter;
        var analysed = page.AsParallel().AsOrdered()
            .Select(d => (Document: d, Text: fingerprinter.Read(d), Terms: index.Topical.Terms(d), Hash: TextKeys.Hash(d)))
            .ToList();
        foreach (var article in analysed)
        {
            fingerprinter.Count(article.Text);
            index.AddAnalysed(article.Document, article.Terms, article.Hash);
            // Fingerprinting reads only the id, source and date.
            waiting.Add((article.Document with { Title = "", Body = "" }, article.Text));
        }
    }

    public RelatedIndex Build()
    {
        ObjectDisposedException.ThrowIf(built, this);
        built = true;
        var fingerprinter = index.SameStory.Fingerprinter;
        var stories = waiting.AsParallel().AsOrdered().Select(w => fingerprinter.Fingerprint(w.Article, w.Text)).ToList();
        waiting.Clear();
        waiting.TrimExcess();
        foreach (var story in stories)
        {
            index.SameStory.Add(story);
        }

        index.Topical.TrimExcess();
        return index;
    }
}
