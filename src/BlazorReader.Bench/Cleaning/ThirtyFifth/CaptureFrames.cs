namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A raw HTTP capture: WARC record headers, the response's status line and headers, a blank
// line, then the page's text with its own chrome. The headers are the capture's furniture.
internal sealed class WarcFrame : Frame
{
    private static readonly string[] Sections = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "دولي", "كتاب وآراء"];

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        var path = "https://www." + r.Pick("alriyadh.com", "okaz.com.sa", "alwatan.com.sa", "sabq.org") + "/" + r.Between(100000, 1099999);
        w.Raw("WARC/1.0");
        w.Raw("WARC-Type: response");
        w.Raw("WARC-Target-URI: " + path);
        w.Raw("WARC-Date: " + s.When.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.Raw("WARC-Record-ID: <urn:uuid:" + r.Letters(8, "0123456789abcdef") + "-" + r.Letters(4, "0123456789abcdef") + "-" + r.Letters(12, "0123456789abcdef") + ">");
        w.Raw("Content-Length: " + r.Between(9000, 90000));
        w.Blank();
        w.Raw("HTTP/1.1 200 OK");
        var headers = new List<string> { "Date: " + DateWords.Http(s.When), "Server: " + r.Pick("Apache", "nginx", "Microsoft-IIS/7.5"), "Content-Type: text/html; charset=" + r.Pick("utf-8", "UTF-8", "windows-1256"),
            "Set-Cookie: PHPSESSID=" + r.Letters(26, "0123456789abcdefghijklmnopqrstuv") + "; path=/", "Cache-Control: " + r.Pick("no-cache", "max-age=300", "private") };
        foreach (var h in headers.OrderBy(_ => r.Next(100)))
        {
            w.Raw(h);
        }
        w.Blank();
        if (r.Chance(0.6))
        {
            w.Raw(string.Join(r.Pick(" | ", "  ", " - "), Sections.Take(r.Between(3, 6))));
        }
        w.Chrome(NoiseKind.Headline, HeadWordings.Headline(r, s));
        if (r.Chance(0.6))
        {
            w.Chrome(NoiseKind.Byline, HeadWordings.Byline(r, s));
        }
        if (r.Chance(0.4))
        {
            w.Chrome(NoiseKind.Counter, TailWordings.Counter(r));
        }
    }

    public override void Tail(PageWriter w, Story s) => CommonTail(w, s, l => l, w.R.Between(2, 5));
}

// A page's head dumped as text before the article: Open Graph, Twitter card and article meta
// lines. «og:description» repeats the lead: that copy is chrome, the lead itself stays once.
internal sealed class MetaHeadFrame : Frame
{
    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        var style = r.Next(3);
        string Meta(string name, string value) => style switch
        {
            0 => name + " " + value,
            1 => name + ": " + value,
            _ => "<meta property=\"" + name + "\" content=\"" + value + "\">",
        };
        var lines = new List<Action>
        {
            () => w.Chrome(NoiseKind.Headline, Meta("og:title", s.HeadTitle + (r.Chance(0.4) ? " | " + s.Paper : ""))),
            () => w.Chrome(NoiseKind.Repeat, l => Meta("og:description", l), [s.Own[0]]),
            () => w.Raw(Meta("og:type", "article")),
            () => w.Raw(Meta("twitter:card", "summary_large_image")),
            () => w.Raw(Meta("twitter:site", "@" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz"))),
            () => w.Chrome(NoiseKind.Dateline, Meta("article:published_time", s.When.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "+03:00")),
            () => w.Chrome(NoiseKind.Tags, Meta("news_keywords", TailWordings.Tags(r, s).Replace("#", "", StringComparison.Ordinal))),
            () => w.Raw(Meta("canonical", "https://www." + r.Pick("alyaum.com", "al-jazirah.com", "aleqt.com") + "/articles/" + r.Between(100000, 999999))),
            () => w.Chrome(NoiseKind.Byline, Meta(r.Pick("author", "article:author"), s.Person)),
        };
        foreach (var write in lines.Take(2).OrderBy(_ => r.Next(9)).Concat(lines.Skip(2).Where(_ => r.Chance(0.6))))
        {
            write();
        }
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Headline, s.HeadTitle);
        }
    }

    public override void Tail(PageWriter w, Story s) => CommonTail(w, s, l => l, w.R.Between(1, 4));
}
