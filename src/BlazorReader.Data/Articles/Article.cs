using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Data.Articles;

// The stored article: the raw text exactly as imported plus the cleaner's result.
// Raw is never rewritten; cleaned fields can always be recomputed from it.
public class Article
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public bool TitleDerived { get; set; }
    public string Slug { get; set; } = "";
    public string TitleKey { get; set; } = "";
    public string? Byline { get; set; }
    public string? Dateline { get; set; }
    public string? Attribution { get; set; }
    public DateTime? PublishedAt { get; set; }
    public bool PublishedAtInferred { get; set; }
    public string? Source { get; set; }
    public string? SourceUrl { get; set; }
    public string ContentHash { get; set; } = "";
    public ArticleStatus Status { get; set; }

    public string RawText { get; set; } = "";
    public string? RawTitle { get; set; }
    public string? RawAuthor { get; set; }
    public string? RawExtraJson { get; set; }
    public string? Origin { get; set; }

    public List<ContentBlock> Blocks { get; set; } = [];

    // The ArticleCleaner.Version that wrote the cleaned fields: `reclean` finds the articles an
    // older cleaner wrote by it. Rows stored before it was recorded were cleaned by version 1.
    public int CleanerVersion { get; set; }

    // The lines the cleaner kept in the body without being sure they belong there, one a line
    // ("teaser?: …"); null when it was sure. A doubt is about one raw line, so it has no line
    // break of its own, and null keeps "which articles have doubts" a plain IS NOT NULL.
    public string? CleaningDoubts { get; set; }
    public IReadOnlyList<string> Doubts => CleaningDoubts?.Split('\n') ?? [];

    // The cleaner version `reclean` did not apply because an editor had changed the article:
    // it waits for an editor, listed on the dashboard. Null when nothing waits.
    public int? RecleanSkippedVersion { get; set; }

    // Written from the blocks when asked, not stored: the blocks hold exactly what it says
    // (the cleaner and the editor both write it from them), and a third copy of every text
    // was a third of an import's writes.
    public string BodyMarkdown => MarkdownWriter.Write(Blocks);
    public string Lead { get; set; } = "";
    public int ReadingMinutes { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ArticleTeaser> Teasers { get; set; } = [];
    public List<RemovedFragmentRecord> RemovedFragments { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<ArticleSnapshot> Snapshots { get; set; } = [];

    // The story it belongs to (see Stories.Story); null while no other paper tells it.
    public int? StoryId { get; set; }

    // The picture shown above the body and offered to crawlers and feed readers (a library
    // picture); null when the article has none. Deleting the picture leaves the article without.
    public int? LeadMediaId { get; set; }

    public string Path => $"/articles/{Id}/{Uri.EscapeDataString(Slug)}";

    // Sort key for lists, set at write time: the publication date when known, else when stored.
    public DateTime SortDate { get; set; }
}
