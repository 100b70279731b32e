namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story on a startup and tech-press site: the section kicker, the funding-round card with
// its company, stage, amount and investors, the company box and the site's own newsletter
// and events plugs. A funding figure the story states in a sentence stays body.
internal sealed class StartupPressPage : IPageFamily
{
    private static readonly string[] Companies = ["نون", "تمارا", "جاهز", "سلة", "مرسول", "هلا", "لين", "زد", "فودكس", "تابي"];

    private static readonly string[] Investors = ["واعد", "رائد", "STV", "بيكو", "ومضة", "500 Startups"];

    public void Head(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Tags, r.Pick("ريادة أعمال", "تمويل | شركات ناشئة", "تقنية مالية · جولات استثمارية", "STARTUPS"));
        }
        CommonChrome.Headline(p);
        p.Noise(NoiseKind.Byline, r.Chance(0.7) ? CommonChrome.Byline(p) : $"{Wording.Person(r)} · {r.Number(r.Between(2, 9))} دقائق قراءة");
        if (r.Chance(0.4))
        {
            Card(p);
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        List<Action<PageDraft>> inside = [];
        if (r.Chance(0.5))
        {
            inside.Add(q => q.Own($"وجمعت الشركة {q.R.Number(q.R.Between(2, 60))} مليون دولار في جولة تمويلية قادها صندوق {q.R.Pick("واعد", "رائد", "STV", "بيكو")}."));
        }
        if (r.Chance(0.4))
        {
            inside.Add(Card);
        }
        return inside;
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Tags, $"شركات في هذا الخبر{r.Separator(":")}{string.Join(" · ", Companies.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)))}");
        }
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Footer, r.Pick("اشترك في النشرة الأسبوعية لرواد الأعمال", "هل لديك جولة تمويلية؟ راسلنا على tips@" + r.Pick(Wording.Hosts), "فعالية: ملتقى المستثمرين — سجّل الآن"));
        }
        if (r.Chance(0.5))
        {
            CommonChrome.TeaserBlock(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.Share(p);
        }
        if (r.Chance(0.3))
        {
            p.Noise(NoiseKind.MoreLink, CommonChrome.MoreLink(p));
        }
    }

    // The database card: a reader sees it as a labelled box about the company, not the story.
    private static void Card(PageDraft p)
    {
        var r = p.R;
        var company = r.Pick(Companies);
        List<string> fields =
        [
            $"الشركة{r.Separator(":")}{company}",
            $"القطاع: {r.Pick("التجارة الإلكترونية", "التقنية المالية", "الخدمات اللوجستية", "توصيل الطلبات")}",
            $"المرحلة: {r.Pick("جولة أولية", "جولة A", "جولة B", "Pre-Seed", "Series A")}",
            $"قيمة الجولة: {r.Number(r.Between(1, 80))} مليون {r.Pick("دولار", "ريال")}",
            $"المستثمرون: {string.Join("، ", Investors.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)))}",
            $"سنة التأسيس: {r.Number(r.Between(2009, 2015))}",
        ];
        var shown = fields.Where(_ => r.Chance(0.75)).ToList();
        p.Noise(NoiseKind.Tags, shown.Count > 0 ? [.. shown] : [fields[0]]);
    }
}
