using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A post the story embeds, flattened by the copy into lines in one of the orders cards
// come in (header first, date first, text first with the author under it, name and handle
// on one line), its address on its own line or after the text, cut anywhere by a break.
// The post is the story's: a tweet block with its fields. Its buttons and counts are not.
internal static class EmbeddedPost
{
    private static readonly string[] Women = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها"];

    private static readonly string[] Accounts = ["الدفاع المدني", "وزارة الصحة", "هيئة الأرصاد", "أمانة المنطقة", "المرور السعودي", "الهيئة العامة للرياضة", "وزارة التعليم"];

    private static readonly string[] EnglishOpenings = ["Proud to announce", "Great meeting today with", "Thank you to everyone who supported", "Honoured to visit", "Important update on", "Happy to welcome"];

    private static readonly string[] EnglishObjects = ["the team in Riyadh", "our partners at the ministry", "the new health programme", "the volunteers of Jeddah", "the students of our university", "the delegation from Amman"];

    public static PageRun[]? Draw(PageDraft page)
    {
        var r = page.R;
        var english = r.Chance(0.15);
        var text = english ? r.Pick(EnglishOpenings) + " " + r.Pick(EnglishObjects) + r.Pick(".", "!", " today.", " 🇸🇦") : Sentence(page);
        if (text is null)
        {
            return null;
        }
        if (!english && r.Chance(0.35))
        {
            text += " " + (StoryVoices.PlaceTag(page.OwnText) ?? "#" + r.Pick("السعودية", "عاجل", "الخليج"));
        }
        var account = !english && r.Chance(0.3);
        var name = account ? r.Pick(Accounts) : english ? Outlets.LatinName(r) : DressingPools.PersonName(r);
        var handle = PosterHandles.For(name, r);
        var date = page.Day.AddDays(-r.Between(0, 3));
        var url = Url(r, handle);
        var when = r.Next(4) switch
        {
            0 => PageCalendar.Spoken(date, r, 0),
            1 => PageCalendar.English(date, r),
            2 => PageCalendar.Time(r, 1, true) + " · " + PageCalendar.Spoken(date, r, 1),
            _ => PageCalendar.Numeric(date, r, r.Chance(0.5) ? 1 : 0),
        };
        var at = "@" + handle;
        var linkAlone = r.Chance(0.6);
        var textLine = linkAlone ? text : text + " " + url;
        var lines = r.Next(4) switch
        {
            0 => new List<string> { name, at + r.Pick(" · ", " - ", " ") + when, textLine },
            1 => [when, name + r.Pick(" ", " \u200F", " ‏‎") + at, textLine],
            2 => [textLine, "— " + name, at, when],
            _ => [name + " " + at, textLine, when],
        };
        if (linkAlone)
        {
            lines.Insert(lines.IndexOf(textLine) + 1, url);
        }
        var broken = r.Chance(0.5);
        if (broken)
        {
            var holder = lines.FindIndex(l => l.Contains(url, StringComparison.Ordinal));
            lines[holder] = LinkBreaks.Break(lines[holder], url, r);
        }
        var post = new ExpectedBlock(BlockKind.Tweet, TextReferee.Normalize(text), url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        var runs = new List<PageRun>();
        if (!english && r.Chance(0.35))
        {
            var who = account ? "حساب " + name + " الرسمي" : name;
            var she = !account && Women.Contains(name.Split(' ')[0]);
            var verb = r.Pick("وكتب", "وغرّد", "ونشر") + (she ? "ت " : " ");
            var how = account ? r.Pick(" في تغريدة:", " على تويتر:") : she ? r.Pick(" عبر حسابها في تويتر:", " في تغريدة:", " على منصة تويتر قائلةً:") : r.Pick(" عبر حسابه في تويتر:", " في تغريدة:", " على منصة تويتر قائلًا:");
            runs.Add(PageRun.Added(verb + who + how));
        }
        runs.Add(PageRun.Post(lines, post));
        runs.AddRange(PostChrome.Around(page, english));
        return [.. runs];
    }

    private static string? Sentence(PageDraft page)
    {
        for (var i = 0; i < 4 && page.Sentences.Count > 0; i++)
        {
            var s = TextReferee.Normalize(page.R.Pick(page.Sentences));
            // A sentence that carries on a story («وقال…», «كما…») is no post's opening.
            var first = s.Split(' ')[0];
            var carriesOn = first.StartsWith('و') || first is "كما" or "فيما" or "بدوره" or "بينما" or "إلا";
            if (s.Length <= 240 && !carriesOn && !page.OwnText.Contains(s, StringComparison.Ordinal))
            {
                return s;
            }
        }
        return null;
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Between(1, 9).ToString(CultureInfo.InvariantCulture) + r.Letters(17, "0123456789");
        return r.Next(5) switch
        {
            0 => "https://t.co/" + r.Letters(10),
            1 => "pic.twitter.com/" + r.Letters(10),
            2 => "https://twitter.com/" + handle + "/status/" + id,
            3 => "https://x.com/" + handle + "/status/" + id,
            _ => "http://t.co/" + r.Letters(10),
        };
    }
}
