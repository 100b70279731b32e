using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Posts the story embeds, flattened in orders the card's parts can take (header first, the
// link first, the name line last, all on one line), the link folded at any point. The post
// is the story's: a tweet block with its fields. What the card adds around it (a translate
// button, views, replies and likes, a readers' note) is furniture; a stub left where a post
// was deleted is a Caption with no post behind it.
internal static class PostCards
{
    public static void Embed(PageDraft page, DressingRandom r)
    {
        var count = r.Chance(0.75) ? 1 : r.Between(2, 3);
        for (var i = 0; i < count; i++)
        {
            var slot = page.Inside(r);
            if (r.Chance(0.12))
            {
                slot.Add(Segment.Furniture(NoiseKind.Caption, r.Pick(
                    "يُرجى الانتباه: تم حذف هذه التغريدة", "هذه التغريدة غير متاحة.", "This Post was deleted by the Post author. Learn more",
                    "لم يعد هذا المنشور متاحاً", "هذه التغريدة من حساب لم يعد موجوداً. معرفة المزيد", "⚠ تعذر عرض التغريدة")));
                continue;
            }
            if (Card(page, r) is { } card)
            {
                slot.AddRange(card);
            }
        }
    }

    private static List<Segment>? Card(PageDraft page, DressingRandom r)
    {
        var english = r.Chance(0.15);
        var said = english ? PostGrammar.English(r) : page.Others.Sentence(r);
        if (said is null)
        {
            return null;
        }
        var text = english ? said : PostGrammar.Decorate(said, r);
        var name = PostGrammar.Author(r);
        var handle = PostGrammar.Handle(r);
        var day = page.When.AddDays(-r.Between(0, 3));
        DateOnly? date = r.Chance(0.88) ? DateOnly.FromDateTime(day) : null;
        var stamp = date is null ? "" : english || r.Chance(0.3) ? Stamps.English(day, r) : Stamps.Arabic(day, r);
        var url = PostGrammar.Url(handle, r);
        var folded = r.Chance(0.5) ? Links.Fold(url, r) : [url];
        var textLines = text.Split('\n');
        var lines = new List<string>();
        switch (r.Next(5))
        {
            case 0:
                lines.Add(name);
                lines.Add("@" + handle + (stamp.Length > 0 ? r.Pick(" · ", " - ", "  ") + stamp : ""));
                lines.AddRange(textLines);
                lines.AddRange(folded);
                break;
            case 1:
                lines.AddRange(textLines);
                lines.AddRange(folded);
                lines.Add(r.Pick("— ", "- ", "―") + name + " (@" + handle + ")" + (stamp.Length > 0 ? " " + stamp : ""));
                break;
            case 2:
                lines.Add("@" + handle);
                if (stamp.Length > 0)
                {
                    lines.Add(Stamps.Clock(day.AddHours(r.Between(7, 22)), r) + r.Pick(" · ", " - ") + stamp);
                }
                lines.Add(name);
                lines.AddRange(textLines);
                lines.AddRange(folded);
                break;
            case 3:
                lines.AddRange(folded);
                lines.Add(name + " @" + handle);
                lines.AddRange(textLines);
                if (stamp.Length > 0)
                {
                    lines.Add(stamp);
                }
                break;
            default:
                textLines = [text.Replace('\n', ' ')];
                var head = name + " (@" + handle + ")" + r.Pick(": ", " — ", " ") + textLines[0] + " ";
                lines.Add(head + folded[0]);
                lines.AddRange(folded.Skip(1));
                if (stamp.Length > 0)
                {
                    lines[^1] += " " + stamp;
                }
                break;
        }
        var tweet = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", textLines), url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        var parts = new List<Segment> { new(lines, tweet) { Untouched = true } };
        parts.AddRange(PostGrammar.CardFurniture(english, r).Select(s => s.Close()));
        return parts;
    }
}
