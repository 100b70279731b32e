using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// A post inside the story, in one of two shapes of this catalogue's own: the embed (text,
// link, «— name (@handle) date») with its link after the text or alone, whole or broken;
// and the post page copied whole (name, @handle, text, link, «time · date», then counts and
// buttons that are noise).
internal static class Tweets
{
    private static readonly string[] ShowMore = ["Show more", "عرض المزيد", "إظهار المزيد", "… Show more"];

    private static readonly string[] Translate = ["Translate post", "ترجمة المنشور", "Translated from Arabic by Google", "ترجمة التغريدة", "Rate this translation"];

    public static void Write(Page page)
    {
        var r = page.R;
        var (name, handle) = TweetPeople.Pick(r);
        var text = TweetTexts.Pick(page);
        var url = TweetLinks.Address(r, handle);
        var dated = r.Chance(0.8);
        var date = Dates.Of(page).AddDays(-r.Next(3));
        if (r.Chance(0.6))
        {
            Embed(page, text, url, name, handle, dated ? date : null);
        }
        else
        {
            Card(page, text, url, name, handle, date);
            dated = true;
        }
        page.Tweet(new ExpectedBlock(BlockKind.Tweet, string.Join("\n", text), url, handle, name, dated ? date : null, TweetTexts.Direction(text)) { Links = [url] });
    }

    private static void Embed(Page page, List<string> text, string url, string name, string handle, DateOnly? date)
    {
        var r = page.R;
        foreach (var line in text.SkipLast(1))
        {
            page.Plain(line);
        }
        Link(page, text[^1], url);
        var dash = r.Pick("—", "–", "-", "— ");
        var when = date is not { } d ? "" : " " + (r.Chance(0.5) ? Dates.English(d, r) : Dates.Arabic(d, r));
        page.Plain($"{dash}{(dash.EndsWith(' ') ? "" : " ")}{name} (@{handle}){when}");
    }

    private static void Card(Page page, List<string> text, string url, string name, string handle, DateOnly date)
    {
        var r = page.R;
        page.Plain(name + r.Pick("", " ✔", " ✓"));
        page.Plain("@" + handle);
        if (r.Chance(0.2))
        {
            // Whom the post answers: the post's header, not the story.
            page.Add(NoiseKind.Byline, r.Pick("Replying to @", "رداً على @", "الرد على @") + TweetPeople.Pick(r).Handle);
        }
        text.ForEach(page.Plain);
        if (r.Chance(0.3))
        {
            page.Add(NoiseKind.MoreLink, r.Pick(ShowMore));
        }
        foreach (var part in r.Chance(0.5) ? TweetLinks.Cut(r, url) : [url])
        {
            page.Plain(part);
        }
        var when = r.Chance(0.5) ? Dates.English(date, r) : Dates.Arabic(date, r);
        page.Plain(Dates.Clock(r) + r.Pick(" · ", " - ", " · ") + when);
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Counter, Counts(r));
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Share, r.Pick(Translate));
        }
    }

    // The link glued after the text, or on lines of its own, whole or cut.
    private static void Link(Page page, string last, string url)
    {
        var r = page.R;
        var parts = r.Chance(0.55) ? TweetLinks.Cut(r, url) : [url];
        if (r.Chance(0.5))
        {
            page.Plain(last + " " + parts[0]);
            parts.RemoveAt(0);
        }
        else
        {
            page.Plain(last);
        }
        parts.ForEach(page.Plain);
    }

    private static string Counts(DressingRandom r) => r.Next(4) switch
    {
        0 => r.Pick("1.2M", "845K", "12.4K", "3,210", "96K") + " Views",
        1 => r.Number(r.Between(2, 900)) + r.Pick(" ألف", " ألف", "") + " مشاهدة",
        2 => $"{r.Number(r.Between(1, 999))} {r.Pick("Reposts", "إعادة نشر")}  {r.Number(r.Between(1, 999))} {r.Pick("Likes", "إعجاب")}",
        _ => $"{r.Number(r.Between(1, 99))}K {r.Pick("Likes", "Quotes", "Bookmarks")}",
    };
}
