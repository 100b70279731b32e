using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A post flattened into the page in new orders: a one-line heading «Name @handle · date» (or
// the handle first), sometimes a «Promoted» label over it; its text in Arabic, English or both
// with emoji lines; a translate line; its link alone or closing the last line, broken anywhere
// or followed by punctuation; an engagement row and a community-notes box under it.
internal static class PostShapes
{
    public static void Write(Page page, StoryFacts f, string? ownText)
    {
        var r = f.R;
        var (name, handle) = PostParts.Author(r);
        var date = r.Chance(0.8) ? f.Day.AddDays(-r.Next(3)) : (DateOnly?)null;
        var lines = TextLines(f, ownText);
        var url = PostParts.Url(r, handle);
        var link = PostParts.Written(r, url, out _);
        var dir = lines.Any(l => l.Any(c => c is >= '\u0600' and <= '\u06FF')) ? TextDirection.Rtl : TextDirection.Ltr;

        if (r.Chance(0.12))
        {
            page.Scrap(r.Pick("مُروَّج", "Promoted", "إعلان مُروَّج", "Ad · Promoted"));
        }
        var when = date is { } d ? f.PostDate(d) : null;
        var shown = name ?? "";
        page.Scrap((r.Next(4), name is null) switch
        {
            (_, true) => "@" + handle + (when is null ? "" : r.Pick(" · ", " — ", " | ") + when),
            (0, _) => "@" + handle + r.Pick(" · ", " ") + shown + (when is null ? "" : r.Pick(" · ", " — ") + when),
            (1, _) => shown + " (@" + handle + ")" + (when is null ? "" : r.Pick(" | ", " · ") + when),
            _ => shown + " @" + handle + (when is null ? "" : " · " + when),
        });

        var translate = r.Chance(0.2);
        var linkAtEnd = !translate && r.Chance(0.4);
        for (var i = 0; i < lines.Count; i++)
        {
            var last = i == lines.Count - 1;
            page.Scrap(last && linkAtEnd ? lines[i] + " " + link : lines[i]);
        }
        if (translate)
        {
            page.Chrome(NoiseKind.Share, r.Pick("ترجمة المنشور", "Translate post", "عرض الترجمة", "ترجمة من الإنجليزية", "Show translation"));
        }
        if (!linkAtEnd)
        {
            page.Scrap(link);
        }
        if (r.Chance(0.35))
        {
            page.Chrome(NoiseKind.Counter, PostParts.Engagement(f));
        }
        if (r.Chance(0.15))
        {
            CommunityNote(page, f);
        }
        page.Post(new ExpectedBlock(BlockKind.Tweet, string.Join("\n", lines), url, handle, name, date, dir) { Links = [url] });
    }

    private static List<string> TextLines(StoryFacts f, string? ownText)
    {
        var r = f.R;
        var arabic = f.Pools.Sentences.Where(s => ownText is null || !ownText.Contains(s, StringComparison.Ordinal)).ToList();
        var lines = new List<string>();
        var mode = arabic.Count == 0 ? 1 : r.Next(10);
        if (mode != 1)
        {
            lines.Add(r.Pick<string>(arabic));
        }
        if (mode is 1 or 2 or 3)
        {
            lines.Add(PostParts.English(r));
        }
        if (mode == 4 && arabic.Count > 1)
        {
            lines.Add(r.Pick<string>(arabic));
        }
        if (r.Chance(0.25))
        {
            lines.Insert(r.Chance(0.7) ? lines.Count : 0, PostParts.Emoji(r));
        }
        if (r.Chance(0.15))
        {
            // A hashtag in the post's own script, so its direction stays the text's.
            lines[^1] += " " + (mode == 1 ? r.Pick("#Breaking", "#KSA", "#Riyadh") : r.Pick("#عاجل", "#السعودية", "#الرياض_الآن"));
        }
        return lines;
    }

    // The box a platform sets under a post; a reader reads it as the platform's, not the post's.
    private static void CommunityNote(Page page, StoryFacts f)
    {
        var r = f.R;
        var header = r.Pick("ملاحظات المجتمع", "أضاف القراء سياقًا", "Readers added context", "Readers added context they thought people might want to know");
        var year = f.Digits(r.Between(2010, 2014).ToString(CultureInfo.InvariantCulture));
        var note = r.Pick(
            "الصورة المرفقة قديمة وتعود إلى عام " + year + " وليست من الحدث الحالي.",
            "المقطع صُوّر في مدينة أخرى، بحسب مصادر متعددة.",
            "This video was filmed in " + year + ", not this week.",
            "الرقم الوارد في المنشور غير دقيق، والرقم الرسمي منشور على موقع الجهة.");
        var lines = new List<string> { header, note };
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("هل هذه الملاحظة مفيدة؟ نعم · لا", "Do you find this helpful? Rate it", "قيّم هذه الملاحظة"));
        }
        page.Chrome(NoiseKind.Caption, [.. lines]);
    }
}
