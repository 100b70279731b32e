namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A page saved as a web archive (MHTML) and read as text: the envelope (Saved by, Snapshot
// location, Subject, Date, MIME-Version, multipart Content-Type and boundary), the HTML part's
// headers, the page's own chrome and story in plain text, then CSS and font parts as debris.
internal sealed class SavedPagePath : CopyPath
{
    private string boundary = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        var d = Calendar.Day(r, s);
        boundary = "----MultipartBoundary--" + r.Letters(42) + "----";
        var where = "https://" + Host(r) + "/" + Slug(r);
        s.Raw("From: <Saved by " + r.Pick("Blink", "Mozilla", "Microsoft Edge") + ">", "Snapshot-Content-Location: " + where);
        s.Chrome(NoiseKind.Headline, "Subject: " + StoryChrome.Headline(r, s).Lines[0]);
        s.Raw("Date: " + Calendar.Rfc(r, d), "MIME-Version: 1.0", "Content-Type: multipart/related;", "\ttype=\"text/html\";", "\tboundary=\"" + boundary + "\"", "", "", "--" + boundary);
        s.Raw("Content-Type: text/html", "Content-ID: <frame-" + r.Letters(24, "0123456789ABCDEF") + "@mhtml.blink>", "Content-Transfer-Encoding: " + r.Pick("8bit", "binary", "quoted-printable"), "Content-Location: " + where, "");
        s.Raw(r.Pick("الرئيسية | محليات | اقتصاد | رياضة | رأي", "الرئيسية › أخبار › محليات", "تسجيل الدخول\tاشترك الآن"));
        Title(s, "", "");
        Maybe(s, 0.5, StoryChrome.Byline(r, s));
        Maybe(s, 0.4, PageChrome.Counter(r));
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        Maybe(s, 0.6, PageChrome.Tags(r, s));
        Maybe(s, 0.7, PageChrome.Teasers(r, s));
        s.Add(PageChrome.Footer(r));
        s.Raw("", "--" + boundary, "Content-Type: text/css", "Content-Transfer-Encoding: 8bit", "Content-Location: cid:css-" + r.Letters(8, "0123456789abcdef") + "-" + r.Letters(4, "0123456789abcdef") + "@mhtml.blink", "");
        s.Raw("@charset \"utf-8\";", ".article-body { direction: rtl; font-family: " + r.Pick("\"Droid Arabic Kufi\"", "Tahoma", "\"GE SS Two\"") + ", sans-serif; line-height: 1.8; }");
        if (r.Chance(0.5))
        {
            s.Raw("", "--" + boundary, "Content-Type: font/woff2", "Content-Transfer-Encoding: base64", "Content-Location: https://" + Host(r) + "/fonts/kufi.woff2", "", "d09GMgABAAAAA" + r.Letters(60));
        }
        s.Raw("", "--" + boundary + "--");
    }
}
