namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A WAP portal's WML deck: prolog, a card titled with the story, access-key menus, each
// story line in «<p>», then the deck's pager and «الرئيسية | رجوع | أعلى» links.
internal sealed class WmlFrame : Frame
{
    private static readonly string[] Menu = ["أخبار", "رياضة", "اقتصاد", "طقس", "أسعار"];

    private string align = "";

    public override bool Fits(Story s) => !s.Own.Any(p => p.Contains('<', StringComparison.Ordinal) || p.Contains('&', StringComparison.Ordinal));

    public override bool MarkupPosts => true;

    public override string Wrap(string line) => "<p" + align + ">" + line + "</p>";

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        align = r.Pick("", " align=\"right\"", " mode=\"wrap\"");
        w.Raw("<?xml version=\"1.0\"" + r.Pick("", " encoding=\"utf-8\"") + "?>");
        if (r.Chance(0.6))
        {
            w.Raw("<!DOCTYPE wml PUBLIC \"-//WAPFORUM//DTD WML 1.1//EN\" \"http://www.wapforum.org/DTD/wml_1.1.xml\">");
        }
        w.Raw("<wml>");
        w.Chrome(NoiseKind.Headline, l => "<card id=\"n" + r.Between(100, 99999) + "\" title=\"" + l + "\">", [r.Chance(0.5) ? s.Paper + " WAP" : s.HeadTitle]);
        var menu = Menu.Take(r.Between(2, 5)).Select((m, i) => "[" + DateWords.Digits(r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "] " + m);
        w.Raw(Wrap(string.Join(r.Pick(" ", " | ", "<br/>"), menu)));
        w.Chrome(NoiseKind.Headline, l => Wrap("<b>" + l + "</b>"), [s.HeadTitle]);
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Dateline, l => Wrap("<small>" + l + "</small>"), [DateWords.Any(r, s.When) + r.Pick("", " - " + DateWords.Time(r, s.When))]);
        }
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        if (r.Chance(0.6))
        {
            var of = r.Between(2, 4);
            w.Chrome(NoiseKind.MoreLink, Wrap, [DateWords.Digits(r, "صفحة 1/" + of) + r.Pick(" <a href=\"#p2\">التالي</a>", " التالي »", " [التالي]")]);
        }
        if (r.Chance(0.5))
        {
            ListedStories.TeaserBlock(w, s, l => Wrap("<a href=\"n" + r.Between(100, 99999) + ".wml\">" + l + "</a>"), r.Pick("المزيد من الأخبار", "أخبار أخرى"));
        }
        CommonTail(w, s, Wrap, r.Between(0, 2));
        w.Chrome(NoiseKind.Footer, Wrap, [r.Pick("<a href=\"index.wml\" accesskey=\"0\">الرئيسية</a> | رجوع | أعلى", "الرئيسية | رجوع | أعلى", "[0] الرئيسية [*] رجوع [#] أعلى", "<anchor>رجوع<prev/></anchor> | الرئيسية")]);
        w.Raw("</card>");
        w.Raw("</wml>");
    }
}
