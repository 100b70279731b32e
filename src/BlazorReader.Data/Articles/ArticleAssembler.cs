using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Sources;
using BlazorReader.Core.Markdown;

namespace BlazorReader.Data.Articles;

// Copies a raw article and its cleaned result onto the stored entity. Everything a page
// needs (slug, lead, reading time, sort key) is computed here, at write time.
public static class ArticleAssembler
{
    private const int LeadLength = 300;

    public static void Apply(Article article, RawArticle raw, CleanedArticle cleaned, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(cleaned);
        article.RawText = raw.Text;
        article.RawTitle = raw.Title;
        article.RawAuthor = raw.Author;
        article.RawExtraJson = raw.Extra is { Count: > 0 } extra ? JsonSerializer.Serialize(extra) : null;
        article.Origin = Truncate(raw.Origin, 1000);
        article.Source = string.IsNullOrWhiteSpace(raw.Source) ? CopyrightOwner.KeyOf(cleaned.Removed) : Truncate(raw.Source, 100);
        article.SourceUrl = string.IsNullOrWhiteSpace(raw.SourceUrl) ? null : raw.SourceUrl.Trim();
        article.ContentHash = HashOf(raw);
        ApplyCleaned(article, cleaned);
        article.PublishedAt = raw.PublishedAt is { } given
            ? DateTime.SpecifyKind(given, DateTimeKind.Utc)
            : cleaned.PublishedAt?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        article.PublishedAtInferred = raw.PublishedAt is null && cleaned.PublishedAtInferred;
        if (article.CreatedAt == default)
        {
            article.CreatedAt = utcNow;
        }
        article.UpdatedAt = utcNow;
        article.SortDate = article.PublishedAt ?? article.CreatedAt;
        article.Version = Guid.NewGuid();
    }

    public static void ApplyCleaned(Article article, CleanedArticle cleaned)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(cleaned);
        article.Title = Truncate(cleaned.Title, 400) ?? "";
        article.TitleDerived = cleaned.TitleDerived;
        article.Slug = Slug.From(article.Title);
        article.TitleKey = TitleKey.From(article.Title);
        article.Byline = Truncate(cleaned.Byline, 400);
        article.Dateline = Truncate(cleaned.Dateline, 400);
        article.Attribution = Truncate(cleaned.Attribution, 400);
        ApplyBody(article, cleaned.Blocks);
        article.Teasers = [.. cleaned.Teasers.Select((t, i) => new ArticleTeaser
        {
            Position = i,
            Text = Truncate(t.Text, 1000) ?? "",
            NormalizedText = TitleKey.From(t.Text),
        })];
        article.RemovedFragments = [.. cleaned.Removed.Select((r, i) => new RemovedFragmentRecord
        {
            Position = i,
            Text = r.Text,
            Reason = Truncate(r.Reason, 100) ?? "",
            Line = r.Line,
        })];
        article.CleaningDoubts = cleaned.Doubts.Count == 0 ? null : string.Join('\n', cleaned.Doubts.Select(d => d.ReplaceLineEndings(" ")));
        article.CleanerVersion = ArticleCleaner.Version;
        article.RecleanSkippedVersion = null;
    }

    // Cleaning again what is stored: the cleaner's fields are redone, but a title an editor
    // wrote (not derived) stays, with its slug.
    public static void ApplyRecleaned(Article article, CleanedArticle cleaned)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (title, slug, titleKey, derived) = (article.Title, article.Slug, article.TitleKey, article.TitleDerived);
        ApplyCleaned(article, cleaned);
        if (!derived)
        {
            (article.Title, article.Slug, article.TitleKey, article.TitleDerived) = (title, slug, titleKey, false);
        }
    }

    // The body and what pages derive from it, whether the cleaner or an editor wrote it.
    public static void ApplyBody(Article article, IReadOnlyList<ContentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(blocks);
        article.Blocks = [.. blocks];
        article.Lead = Truncate(BodyText.Lead(blocks), LeadLength) ?? "";
        article.ReadingMinutes = ReadingTime.Minutes(blocks.Select(BodyText.Of));
    }

    // The raw input as it was imported, for cleaning it again.
    public static RawArticle RawOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.RawText, Title: article.RawTitle, Source: article.Source, SourceUrl: article.SourceUrl, Author: article.RawAuthor);
    }

    // Identity of an import when there is no URL: the same title and text, whatever the line ends.
    // The hash is of the UTF-8 of title + "\n" + text (both trimmed), encoded straight into one
    // pooled buffer: joining and encoding anew allocated every article's text twice on an import.
    public static string HashOf(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Text.Contains('\r', StringComparison.Ordinal)
            ? raw.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : raw.Text;
        var title = (raw.Title ?? "").AsSpan().Trim();
        var body = text.AsSpan().Trim();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(title.Length + 1 + body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(title, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(body, buffer.AsSpan(length));
            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
