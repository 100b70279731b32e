namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A Usenet post as a newsreader shows it: Path, From, Newsgroups, Subject, Message-ID,
// Organization, X-Newsreader and Lines headers, then the poster's words quoting an earlier post
// («> » lines of another story, not this one), the story pasted in, and a «-- » signature.
internal sealed class UsenetPath : CopyPath
{
    private string poster = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        var d = Calendar.Day(r, s);
        var box = r.Letters(r.Between(5, 9), "abcdefghijklmnopqrstuvwxyz");
        poster = DressingPools.PersonName(r);
        var headers = new List<Action>
        {
            () => s.Raw("Path: " + r.Pick("news.eternal-september.org", "aioe.org", "news.individual.net") + "!" + r.Pick("feeder.", "") + r.Pick("usenet.ar", "news.sa") + "!not-for-mail"),
            () => s.Chrome(NoiseKind.Byline, "From: " + poster + " <" + box + "@" + r.Pick("hotmail.com", "yahoo.com", "gmail.com") + ">"),
            () => s.Raw("Newsgroups: " + r.Pick("soc.culture.arabic", "soc.culture.saudi-arabia", "alt.news.arabic") + r.Pick("", ",alt.current-events", ",soc.culture.gulf")),
            () => s.Chrome(NoiseKind.Headline, "Subject: " + r.Pick("", "", "[خبر] ", "Re: ") + TextReferee.Normalize(s.Article.Title ?? "خبر اليوم")),
            () => s.Chrome(NoiseKind.Dateline, "Date: " + Calendar.Rfc(r, d)),
            () => s.Raw("Message-ID: <" + r.Letters(12) + "$" + r.Letters(4) + "@" + r.Pick("news.sa", "individual.net", "googlegroups.com") + ">"),
        };
        foreach (var header in headers.OrderBy(_ => r.Chance(0.7) ? 0 : r.Next(9)))
        {
            header();
        }
        if (r.Chance(0.6))
        {
            s.Raw("Organization: " + r.Pick("A noiseless patient Spider", "Individual.net", "مجموعة أخبار الخليج"));
        }
        s.Raw("X-Newsreader: " + r.Pick("Forte Agent 6.00/32.1186", "Pan 0.139", "Thunderbird 38.1.0", "MesNews/1.08.06.00-ar"));
        s.Chrome(NoiseKind.Counter, "Lines: " + r.Between(12, 160));
        s.Raw("");
        Quote(s);
    }

    // «في … كتب فلان:» and the earlier post's lines: another story, shown as it was quoted.
    private static void Quote(Sheet s)
    {
        var r = s.R;
        if (r.Chance(0.4) || s.Other(lead: true) is not { } earlier)
        {
            s.Chrome(NoiseKind.Share, r.Pick("أنقل لكم هذا الخبر", "للاطلاع", "خبر مهم للأعضاء") + r.Pick(":", "..", " 👇", ""));
            return;
        }
        var who = DressingPools.PersonName(r);
        s.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("في ", "On ") + Calendar.Rfc(r, Calendar.Day(r, s)) + r.Pick("، كتب ", " كتب ", ", ") + who + r.Pick(":", " :", " wrote:"), "> " + earlier]) { Teasers = [earlier] });
        s.Raw(">", "");
        s.Chrome(NoiseKind.Share, r.Pick("وهذا خبر له صلة", "وفي السياق نفسه", "تحديث على الموضوع") + r.Pick(":", "..", ""));
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Raw("", "-- ");
        var lines = new List<string> { poster + r.Pick("", " - " + r.Pick(DressingPools.Cities)) };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("\"الكلمة أمانة\"", "ما يلفظ من قول إلا لديه رقيب عتيد", "أخوكم في الله"));
        }
        s.Add(new NoisePiece(NoiseKind.Signature, lines));
        if (r.Chance(0.4))
        {
            s.Raw("", r.Pick("--- Posted via news://", "--- أُرسلت عبر ") + r.Pick("freenews.netfront.net ---", "Usenet.Farm ---"));
        }
    }
}
