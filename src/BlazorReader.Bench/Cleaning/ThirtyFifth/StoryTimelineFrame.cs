namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A curated story timeline (Storify, Wakelet): the curator and item count on top, the story's
// paragraphs as text items between embedded posts, then «عرض القصة كاملة» and its share bar.
internal sealed class StoryTimelineFrame : Frame
{
    public override double PostRate => 0.75;

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        w.Chrome(NoiseKind.Headline, r.Chance(0.6) ? s.HeadTitle : HeadWordings.Headline(r, s));
        w.Chrome(NoiseKind.Byline, r.Pick("جمعها ", "جمعتها ", "قصة من إعداد ", "by ") + s.Person + r.Pick("", " · منذ " + r.Number(r.Between(2, 20)) + " ساعة", " @" + r.Letters(7, "abcdefghijklmnopqrstuvwxyz")));
        w.Chrome(NoiseKind.Counter, r.Pick("قصة من ", "تضم ", "") + r.Number(r.Between(5, 40)) + r.Pick(" عنصرًا", " عنصراً", " عنصر") + r.Pick("", " · " + r.Number(r.Between(80, 9000)) + " مشاهدة"));
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        if (w.R.Chance(0.25))
        {
            w.Chrome(NoiseKind.Share, w.R.Pick("شارك هذا العنصر", "↪ مشاركة", "نسخ الرابط") + w.R.Pick("", " · إعجاب", " | تضمين"));
            return;
        }
        base.Gap(w, s, index);
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        w.Chrome(NoiseKind.MoreLink, r.Pick("عرض القصة كاملة", "اعرض القصة كاملة", "شاهد القصة كاملة") + r.Pick("", " ›", " »"));
        w.Chrome(NoiseKind.Share, r.Pick("انشر هذه القصة", "شارك القصة") + r.Pick(": ", " ") + r.Pick("فيسبوك · تويتر · نسخ الرابط", "تويتر | تضمين | البريد"));
        ListedStories.TeaserBlock(w, s, l => l, r.Pick("قصص أخرى من ", "المزيد من ") + s.Person);
        CommonTail(w, s, l => l, r.Between(0, 2));
    }
}
