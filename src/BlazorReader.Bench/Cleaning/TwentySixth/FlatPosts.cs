using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Embedded posts flattened by the scraper in new orders: a poll's options and votes, ALT
// descriptions, view counts, thread markers, «تم التعديل». The post's sentence is what a reader
// expects back; its counts and ALT lines are labelled chrome; its link may be cut anywhere.
internal static class FlatPosts
{
    // Each account's display name beside its handle, as the card shows them.
    private static readonly (string Handle, string Name)[] Accounts =
    [
        ("SaudiMOH", "وزارة الصحة"), ("Riyadh_Amanah", "أمانة منطقة الرياض"), ("NCMctr", "المركز الوطني للأرصاد"),
        ("StatsSaudi", "الهيئة العامة للإحصاء"), ("alhilal_fc", "نادي الهلال"), ("mona_q88", "منى القحطاني"),
        ("KSA_Traffic", "المرور السعودي"), ("Rawabi_News", "روابي نيوز"), ("sa_weather1", "طقس المملكة"),
    ];
    private static readonly string[] English =
    [
        "Our teams are working around the clock to restore service in the affected districts",
        "Registration for the summer programme closes this Thursday, details below",
        "Thank you to everyone who joined us today, the full session is now online",
        "Heavy rain expected over the western highlands until Friday evening",
    ];

    public static Chunk Post(PageDraft p)
    {
        var r = p.R;
        var (handle, name) = r.Pick(Accounts);
        var english = r.Chance(0.2);
        var text = english ? r.Pick(English) + r.Pick(".", "", " 👇") : OtherSentence(p);
        var day = Stamps.DayOf(r, p.Article);
        var url = Url(r, handle);
        var written = Cut(r, url);
        var date = $"{Stamps.Date(r, day)}{r.Pick("", " · " + Stamps.Time(r))}{(r.Chance(0.2) ? " · تم التعديل" : "")}";
        var lines = new List<string>();
        var pieces = new List<NoisePiece>();
        void Noise(NoiseKind kind, params string[] ls)
        {
            lines.AddRange(ls);
            pieces.Add(new NoisePiece(kind, ls));
        }
        switch (r.Next(5))
        {
            case 0: // a poll: the question, then options and votes, then who and when
                lines.Add(text);
                var yes = r.Between(51, 95);
                Noise(NoiseKind.Counter, $"{r.Pick("نعم", "أؤيد")} {Stamps.Digits(r, $"{yes}%")}", $"{r.Pick("لا", "أعارض")} {Stamps.Digits(r, $"{100 - yes}%")}", $"{Stamps.Count(r)} {r.Pick("صوت", "صوتاً")} · {r.Pick("النتائج النهائية", "بقي يومان")}");
                lines.Add($"— {name} (@{handle}) {date}");
                lines.Add(written);
                break;
            case 1: // handle and date first, the link, then the text and its image's ALT
                lines.Add($"@{handle} · {date}");
                lines.Add(written);
                lines.Add(text);
                Noise(NoiseKind.Caption, "ALT", r.Pick("صورة تظهر فرق الصيانة في الموقع", "إنفوجرافيك يوضح الأرقام", "Photo of the press conference"));
                break;
            case 2: // a thread's post: marker, text, views
                Noise(NoiseKind.Counter, Stamps.Digits(r, $"{r.Between(1, 4)}/{r.Between(5, 9)}") + " 🧵");
                lines.Add(text);
                lines.Add($"{name} @{handle} {date} {written}");
                Noise(NoiseKind.Counter, $"{Stamps.Count(r)} {r.Pick("مشاهدة", "views")}");
                break;
            case 3: // text and link on one line, name and date under it
                lines.Add($"{text} {written}");
                lines.Add($"— {name} (@{handle}) {date}");
                break;
            default: // views and reposts first, then who, text, link
                Noise(NoiseKind.Counter, $"{Stamps.Count(r)} مشاهدة · {r.Number(r.Between(2, 900))} إعادة نشر · {r.Number(r.Between(2, 900))} إعجاب");
                lines.Add($"{name}{r.Pick(" @", " ‏@")}{handle}");
                lines.Add(text);
                lines.Add($"{written} {date}");
                break;
        }
        var block = new ExpectedBlock(BlockKind.Tweet, TextReferee.Normalize(text), url, handle, name, day, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        return new Chunk(lines, pieces, block);
    }

    // A sentence from another story: a post that repeats the story's own line would be read as
    // the story's text, not the post's.
    private static string OtherSentence(PageDraft p)
    {
        var own = TextReferee.Normalize(p.Article.Text);
        var pick = p.R.Pick(p.Pools.Sentences);
        for (var tries = 0; tries < 5 && own.Contains(pick, StringComparison.Ordinal); tries++)
        {
            pick = p.R.Pick(p.Pools.Sentences);
        }
        return pick;
    }

    private static string Url(DressingRandom r, string handle)
    {
        var id = r.Pick("6", "5") + r.Letters(17, "0123456789");
        return r.Next(5) switch
        {
            0 => $"https://twitter.com/{handle}/status/{id}",
            1 => $"https://x.com/{handle}/status/{id}",
            2 => $"https://t.co/{r.Letters(10)}",
            3 => $"pic.twitter.com/{r.Letters(10)}",
            _ => $"http://mobile.twitter.com/{handle}/status/{id}",
        };
    }

    // Half the links cut by the scraper's line breaks, once or twice, at any character.
    private static string Cut(DressingRandom r, string url)
    {
        if (r.Chance(0.5))
        {
            return url;
        }
        var at = r.Between(1, url.Length - 1);
        var cut = url[..at] + "\n" + url[at..];
        if (r.Chance(0.3) && url.Length - at > 3)
        {
            var second = r.Between(at + 2, url.Length);
            cut = cut[..second] + "\n" + cut[second..];
        }
        return cut;
    }
}
