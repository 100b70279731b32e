using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// Each field of a rebuilt tweet against the tweet as it was written into the raw text.
public sealed record TweetScore(ExpectedBlock Expected, ContentBlock? Found)
{
    public bool Rebuilt => Found is not null;

    public bool TextRight => Found is not null && ArticleScore.Flat(Found.Text) == ArticleScore.Flat(Expected.Text);

    public bool UrlRight => Found is not null && (Expected.Links.Count == 0 ? Found.Url is null : Expected.Links.Any(l => Bare(l) == Bare(Found.Url)));

    public bool HandleRight => Found is not null && Found.Handle == Expected.Handle;

    public bool DateRight => Found is not null && Found.Date == Expected.Date;

    public bool DirRight => Found is not null && Found.Dir == Expected.Dir;

    public bool AllRight => TextRight && UrlRight && HandleRight && DateRight && DirRight;

    private static string Bare(string? url) => url is null ? "" : url.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase);
}
