namespace BlazorReader.Core.Related;

// Builds a RelatedIndex from pages of articles, so a whole site's texts are never held at
// once: each page is analysed on every core and only its analysis is kept. Signatures leave
// out the shingles many articles share, so they are made once every article is counted;
// until then only each article's shingles wait, not its text.
public sealed class RelatedIndexBuilder(SameStoryOptions? sameStory = null, TopicalOptions? topical = null, Func<int, bool>? isPublic = null)
{
    private readonly RelatedIndex _index = new(sameStory, topical, isPublic);
    private readonly List<(RelatedDocument Article, StoryText Text)> _waiting = [];
    private bool _built;

    // Pages come in the order the index should hold them (the store's id order).
    public void AddPage(IReadOnlyList<RelatedDocument> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(_built, this);
        var fingerprinter = _index.SameStory.Fingerprinter;
        var analysed = page.AsParallel().AsOrdered()
            .Select(d => (Document: d, Text: fingerprinter.Read(d), Terms: _index.Topical.Terms(d), Hash: TextKeys.Hash(d)))
            .ToList();
        foreach (var article in analysed)
        {
            fingerprinter.Count(article.Text);
            _index.AddAnalysed(article.Document, article.Terms, article.Hash);
            // Fingerprinting reads only the id, source and date.
            _waiting.Add((article.Document with { Title = "", Body = "" }, article.Text));
        }
    }

    public RelatedIndex Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var fingerprinter = _index.SameStory.Fingerprinter;
        var stories = _waiting.AsParallel().AsOrdered().Select(w => fingerprinter.Fingerprint(w.Article, w.Text)).ToList();
        _waiting.Clear();
        _waiting.TrimExcess();
        foreach (var story in stories)
        {
            _index.SameStory.Add(story);
        }

        _index.Topical.TrimExcess();
        return _index;
    }
}
