using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Ninth;

// What every shape may draw on for one article: its own lines and title, the day it ran, the
// country of the page that copied it and that page's name, and the other stories.
public sealed record NinthStory(RawArticle Article, IReadOnlyList<string> Body, DateTime Day, PageRegion Region, string Paper, DressingPools Pools)
{
    public string City(DressingRandom r) => r.Pick(Region.Cities);

    public string Title => Article.Title ?? "";

    // A slug of generated letters, so no real address is written: scraped links only need to look like links.
    public static string Domain(DressingRandom r) =>
        r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".com", ".net", ".jo", ".ps", ".ae", ".ma", ".tn", ".sd", ".ye", ".news", ".info");

    public static string Link(DressingRandom r)
    {
        var path = r.Pick("/news/", "/article/", "/archives/", "/?p=", "/ar/", "/node/");
        return r.Pick("https://", "http://", "https://www.", "") + Domain(r) + path + r.Between(10_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + r.Pick("", ".html", "/", (path == "/?p=" ? "&" : "?") + "utm_source=telegram", "#comments");
    }
}
