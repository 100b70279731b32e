using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A post the story embeds, flattened by the scrape: the card's parts in orders other pages
// used less (name, handle and time on one line; the text first; a «translated from» card; an
// English post with its translate button; a reply), the link on its own line or after the
// text, often broken. The post is body, a tweet block; its buttons and counts are noise.
public static class PostCards
{
    private static readonly string[] HandleHeads = ["saud", "fahad", "noura", "majed", "ksa", "riyadh", "moh", "gov", "sport", "news", "ali", "reem", "dr"];
    private static readonly string[] HandleTails = ["sa", "ksa", "1", "_news", "info", "official", "2015", "_ar", "media", "press"];
    private static readonly string[] Bodies = ["وزارة الصحة", "هيئة الأرصاد", "الدفاع المدني", "نادي الهلال", "أمانة جدة", "جامعة الملك سعود", "هيئة السياحة", "المرور السعودي"];

    public static void Write(PageSheet s)
    {
        var r = s.R;
        var english = r.Chance(0.15);
        var text = english ? EnglishText(r) : ArabicText(s);
        if (text is null)
        {
            return;
        }
        var handle = r.Pick(HandleHeads) + r.Pick("_", "", "") + r.Pick(HandleTails);
        var name = r.Chance(0.6) ? DressingPools.PersonName(r) : r.Pick(Bodies);
        var day = s.Story.Day.AddDays(-r.Next(4));
        var url = LinkBreaker.StatusUrl(r, handle);
        var written = LinkBreaker.Break(r, url);
        var date = Ink.Day(r, day);
        var tweet = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, day, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        var inline = r.Chance(0.3);
        var body = inline ? text + r.Pick(" ", "  ", "\u00A0") + written : text + "\n" + written;
        switch (r.Next(5))
        {
            case 0:
                s.Tweet(tweet, name + " @" + handle + r.Pick(" · ", " • ", " - ") + date + "\n" + body);
                PostFurniture.Counts(s);
                break;
            case 1:
                s.Tweet(tweet, (inline ? body : text) + "\n" + name + r.Pick(" | ", " · ") + "@" + handle + r.Pick(" | ", " · ") + date + (inline ? "" : "\n" + written));
                break;
            case 2:
                PostFurniture.TranslatedFrom(s);
                s.Tweet(tweet, name + " @" + handle + "\n" + text);
                PostFurniture.Translate(s, original: true);
                s.TweetRest(date + "\n" + written);
                break;
            case 3:
                s.Tweet(tweet, name + "\n@" + handle + "\n" + text);
                PostFurniture.Translate(s, original: false);
                s.TweetRest(date + r.Pick(" · ", " ") + Ink.Clock(r) + "\n" + written);
                break;
            default:
                PostFurniture.ReplyingTo(s);
                s.Tweet(tweet, name + " (@" + handle + ")" + r.Pick("، ", " · ") + date + "\n" + body);
                PostFurniture.Views(s);
                break;
        }
        if (r.Chance(0.15))
        {
            PostFurniture.CommunityNote(s);
        }
    }

    private static string? ArabicText(PageSheet s)
    {
        var r = s.R;
        for (var i = 0; i < 4 && s.Story.Pools.Sentences.Count > 0; i++)
        {
            var t = r.Pick(s.Story.Pools.Sentences);
            if (!TextReferee.Normalize(s.Story.Text).Contains(t, StringComparison.Ordinal))
            {
                var tag = s.Story.Words.Count > 0 && r.Chance(0.3) ? " #" + r.Pick(s.Story.Words) : "";
                return t + tag;
            }
        }
        return null;
    }

    private static string EnglishText(DressingRandom r) =>
        r.Pick("Great meeting today with", "Proud to welcome", "Thank you to", "Honoured to visit", "Congratulations to")
        + " " + r.Pick("the team", "our partners", "the volunteers", "the students", "the delegation")
        + " " + r.Pick("in Riyadh", "in Jeddah", "at the ministry", "in Dubai", "in London")
        + r.Pick(". More to come soon", ". A great step forward", "! Looking forward to the next season", ".");
}
