namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A news API's or aggregator's record pasted as it came: source, author, title, description,
// links, a stamp, a truncated «content» with its «[+1234 chars]» marker, then the full text
// fetched after it, and sometimes the next record running on. Written as JSON, YAML-like or
// key=value lines. The title sits only in the text: the record kept no page metadata.
internal static class NewsApiRecord
{
    private delegate string Field(string name, string value);

    public static void Dress(PageDraft page, DressingRandom r)
    {
        Field field = r.Next(3) switch
        {
            0 => (n, v) => $"{Indent(r)}\"{n}\": {(v.StartsWith('{') ? v : "\"" + v.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")},",
            1 => (n, v) => $"{n}: {v}",
            _ => (n, v) => $"{n}={v}",
        };
        var names = r.Chance(0.7) ? English : Arabic;
        var when = page.When.AddMinutes(r.Between(0, 600));
        var parts = new List<Segment>();
        if (r.Chance(0.5))
        {
            parts.Add(Segment.Furniture(NoiseKind.Counter, r.Pick($"{{\"status\":\"ok\",\"totalResults\":{Stamps.N(r.Between(3, 900))},\"articles\":[{{",
                $"status: ok | results: {Stamps.N(r.Between(3, 900))}", $"عدد النتائج: {r.Number(r.Between(3, 900))}")));
        }
        var paper = r.Pick(DressingPools.Papers);
        var fields = new List<Segment>
        {
            Segment.Credited(field(names[0], r.Chance(0.5) ? paper : $"{{\"id\": \"{r.Letters(6, "abcdefghijklmnopqrstuvwxyz")}\", \"name\": \"{paper}\"}}"), paper),
            Segment.Furniture(NoiseKind.Dateline, field(names[4], r.Pick(Stamps.Iso(when), Stamps.Arabic(when, r) + " " + Stamps.Clock(when, r)))),
            Segment.Furniture(NoiseKind.MoreLink, field(names[5], Links.Page(r))),
            Segment.Furniture(NoiseKind.Caption, field(names[6], $"https://{Links.Host(r)}/uploads/{Stamps.N(when.Year)}/{Stamps.N2(when.Month)}/{r.Letters(8)}.jpg")),
        };
        if (r.Chance(0.7))
        {
            fields.Add(Segment.Furniture(NoiseKind.Byline, field(names[1], r.Chance(0.7) ? DressingPools.PersonName(r) : r.Pick("فريق التحرير", "Staff", "null", "محرر الموقع"))));
        }
        if (page.Title is { } title)
        {
            fields.Add(Segment.Furniture(NoiseKind.Headline, field(names[2], title)));
            page.TitleKept = r.Chance(0.3);
        }
        if (page.Paragraphs.Count > 0 && r.Chance(0.8))
        {
            var lead = page.Paragraphs[0];
            var cut = lead.Length > 120 ? lead[..lead.LastIndexOf(' ', r.Between(60, 118))] + r.Pick("…", "...", " ...") : lead;
            fields.Add(Segment.Furniture(NoiseKind.Repeat, field(names[3], cut)));
            if (lead.Length > 120 && r.Chance(0.7))
            {
                var rest = Stamps.N(r.Between(400, 6000));
                fields.Add(Segment.Furniture(NoiseKind.Repeat, field(names[7], cut + " " + r.Pick($"[+{rest} chars]", $"[+{rest} حرف]", $"[+{rest} characters]"))));
            }
        }
        if (r.Chance(0.5))
        {
            fields.Add(Segment.Furniture(NoiseKind.Tags, field(names[8], string.Join(r.Pick(",", ", ", "، "), Marks.Some(page.TitleWords, 2, 4, r)))));
        }
        parts.AddRange(fields.OrderBy(_ => r.Next(100)));
        if (r.Chance(0.6))
        {
            parts.Add(Segment.Furniture(NoiseKind.Tags, r.Pick("full_text:", "\"body\":", "--- النص الكامل ---", "النص الكامل للخبر:", "[content]", "== fulltext ==")));
        }
        page.Head.AddRange(parts.Select((s, i) => i == 0 ? s : s.Close()));
        if (r.Chance(0.45) && page.Others.Title(r) is { } next)
        {
            var nextLines = new List<string> { r.Pick("}, {", "},{", "---", "- - -") + " " + field(names[0], r.Pick(DressingPools.Papers)), field(names[2], next) };
            page.Tail.Add(Segment.Furniture(NoiseKind.Teaser, nextLines, [next]));
        }
    }

    // Field names in the order: source, author, title, description, published, url, image, content, keywords.
    private static readonly string[] English = ["source", "author", "title", "description", "publishedAt", "url", "urlToImage", "content", "keywords"];

    private static readonly string[] Arabic = ["المصدر", "الكاتب", "العنوان", "الوصف", "تاريخ النشر", "الرابط", "الصورة", "المحتوى", "الكلمات المفتاحية"];

    private static string Indent(DressingRandom r) => r.Pick("", "  ", "    ", "\t");
}
