using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A post flattened into lines in orders of this catalogue's own: a repost line over it, the
// handle in parentheses after the name, a verified word, a reply context, a media or location
// line under the text, ISO or Hijri-beside-Gregorian dates, share queries on the address, and
// one post quoted inside another (the inner post is one more expected post). The lines that
// are the app's and not the post's (repost, reply context, media, location, quote label) are
// labelled as noise; name, handle, date and link are the post's own parts.
internal static class PostCards
{
    public static void Write(Page p)
    {
        var r = p.R;
        if (r.Chance(0.25))
        {
            p.Chrome(NoiseKind.Share, r.Pick($"أعاد {StoryHeadChrome.Name(r, false)} النشر", $"🔁 أعادت {StoryHeadChrome.Name(r, true)} النشر", $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)} reposted", "أعدت النشر"));
        }
        var dateFirst = r.Chance(0.2);
        var (name, handle) = PostParts.Author(r);
        var day = p.Day.AddDays(-r.Between(0, 3));
        var date = DateLine(r, day);
        if (dateFirst)
        {
            p.Write(date);
        }
        Header(p, name, handle);
        if (r.Chance(0.25))
        {
            p.Chrome(NoiseKind.Share, $"{r.Pick("رداً على", "ردًا على", "Replying to", "في الرد على")} @{PostParts.Author(r).Handle}{r.Pick("", " و@" + PostParts.Author(r).Handle)}");
        }
        var text = PostParts.Text(p, out var dir);
        var (url, written) = PostParts.Address(r, handle);
        var link = PostParts.Cut(r, written, out _);
        var linkOnText = r.Chance(0.35);
        for (var i = 0; i < text.Count; i++)
        {
            p.Write(linkOnText && i == text.Count - 1 ? text[i] + r.Pick(" ", "  ") + link : p.R.Scuff(text[i], 0.1));
        }
        var after = new List<Action>();
        if (r.Chance(0.3))
        {
            after.Add(() => p.Chrome(NoiseKind.Caption, r.Pick("صورة", "فيديو " + r.Number(0) + ":" + Dates.N(r.Between(10, 59)), "ALT", "صورة · ALT", "GIF", "Video 0:" + Dates.N(r.Between(10, 59)), "صورتان")));
        }
        if (r.Chance(0.25))
        {
            after.Add(() => p.Chrome(NoiseKind.Dateline, r.Pick("الرياض، السعودية", "جدة، المملكة العربية السعودية", "Riyadh, Saudi Arabia", "الدمام", "📍 " + r.Pick(DressingPools.Cities))));
        }
        if (!linkOnText)
        {
            after.Insert(r.Between(0, after.Count), () => p.Write(link));
        }
        if (!dateFirst)
        {
            after.Insert(r.Between(0, after.Count), () => p.Write(date));
        }
        var block = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", text), url, handle, name, day, dir) { Links = [url] };
        after.ForEach(a => a());
        p.Body.Add(block);
        if (r.Chance(0.15))
        {
            Quoted(p);
        }
    }

    // The inner post of a quote: a label, then its own author, text and address.
    private static void Quoted(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Share, r.Pick("اقتباس", "Quote", "منشور مقتبس", "اقتباس:"));
        var (name, handle) = PostParts.Author(r);
        var day = p.Day.AddDays(-r.Between(1, 5));
        Header(p, name, handle);
        var text = PostParts.Text(p, out var dir);
        text.ForEach(p.Write);
        var (url, written) = PostParts.Address(r, handle);
        p.Write(DateLine(r, day));
        p.Write(PostParts.Cut(r, written, out _));
        p.Body.Add(new ExpectedBlock(BlockKind.Tweet, string.Join("\n", text), url, handle, name, day, dir) { Links = [url] });
    }

    private static void Header(Page p, string name, string handle)
    {
        var r = p.R;
        var verified = r.Chance(0.4) ? r.Pick(" موثّق", " موثق", " Verified", " ✓ موثّق") : "";
        switch (r.Next(3))
        {
            case 0:
                p.Write($"{name}{verified} (@{handle})");
                break;
            case 1:
                p.Write($"{name} (@{handle}){verified}");
                break;
            default:
                p.Write(name + verified);
                p.Write($"(@{handle})");
                break;
        }
    }

    // ISO, or Gregorian with the Hijri date beside it: the expected date is the Gregorian one.
    private static string DateLine(DressingRandom r, DateOnly day) => r.Next(4) switch
    {
        0 => Dates.Iso(r, day),
        1 => $"{Dates.Gregorian(r, day)} ({Dates.HijriDate(r, day)})",
        2 => $"{Dates.HijriDate(r, day)}{r.Pick(" — ", " الموافق ", " | ")}{Dates.Gregorian(r, day)}",
        _ => $"{Dates.Time(r)} · {Dates.Latin(r, day)} · {Dates.HijriDate(r, day, false)}",
    };
}
