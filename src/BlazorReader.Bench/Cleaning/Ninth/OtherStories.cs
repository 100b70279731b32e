namespace BlazorReader.Bench.Cleaning.Ninth;

// Other stories a page lists around this one: «اقرأ أيضاً» lines and blocks, and teaser
// blocks in the shapes of search results and aggregator cards (source, age, title, a snippet
// cut with «...»), numbered or marked or bare, with a header or none. Never this story.
public static class OtherStories
{
    private static readonly string[] Marks = ["", "", "• ", "◂ ", "🔸 ", "▪️ ", "› ", "- ", "★ ", "⬅️ "];

    private static readonly string[] Headers =
    [
        "عناوين أخرى", "الأكثر تداولاً الآن", "في الشأن المحلي", "تغطية مستمرة", "قصص ذات صلة", "المزيد من الأخبار",
        "نتائج أخرى", "أخبار من {0}", "من {0} أيضاً", "آخر الأخبار", "تقرأ الآن في {0}", "عناوين {0} اليوم",
    ];

    // A title or lead of another article, or none when the pool only offers this story or a copy of it.
    public static string? Pick(NinthStory s, DressingRandom r, bool lead)
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var text = lead ? r.Pick(s.Pools.Leads) : (r.Chance(0.4) ? s.Pools.RelatedTitle(r, s.Title) : null) ?? r.Pick(s.Pools.Titles);
            if (IsOther(s, text))
            {
                return text;
            }
        }
        return null;
    }

    // A teaser block below the story: one to six items, bare or marked or numbered.
    public static void Teasers(NinthPage page, NinthStory s, DressingRandom r)
    {
        var count = r.Pick(1, 2, 2, 3, 3, 4, 5, 6);
        var header = r.Chance(0.55) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(Headers), s.Paper) + r.Pick("", ":", " ⬇️", " »") : null;
        var mark = r.Pick(Marks);
        var numbered = mark.Length == 0 && r.Chance(0.4);
        var card = r.Chance(0.35);
        var lines = new List<string>();
        var teasers = new List<string>();
        lines.AddRange(header is null ? [] : [r.Scuff(header)]);
        for (var i = 0; i < count; i++)
        {
            if (Pick(s, r, lead: !card && r.Chance(0.5)) is not { } text || teasers.Contains(text))
            {
                continue;
            }
            teasers.Add(text);
            var head = numbered ? r.Number(i + 1) + r.Pick(". ", "- ", ") ", " ـ ") : mark;
            if (card)
            {
                lines.AddRange(Card(s, r, head, text));
            }
            else
            {
                lines.Add(r.Scuff(head + text));
            }
        }
        if (teasers.Count > 0)
        {
            page.Bottom(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = teasers });
        }
    }

    // A search result or aggregator card: source and age above or beside the title, a cut snippet below.
    private static List<string> Card(NinthStory s, DressingRandom r, string head, string title)
    {
        var source = r.Chance(0.5) ? s.Paper : r.Pick(r.Pick(PageRegion.All).Papers);
        var meta = source + r.Pick(" · ", " • ", " - ", " | ", "  ") + NinthDates.Ago(r);
        var snippet = r.Chance(0.4) ? r.Pick(s.Pools.Leads) : null;
        List<string> lines = r.Next(3) switch
        {
            0 => [r.Scuff(meta), head + title],
            1 => [head + title, r.Scuff(meta)],
            _ => [head + title + r.Pick(" - ", " | ", " — ") + source],
        };
        var cut = snippet is { Length: > 60 } ? snippet.LastIndexOf(' ', r.Between(40, Math.Min(snippet.Length - 10, 150))) : -1;
        if (cut > 30 && IsOther(s, snippet!))
        {
            lines.Add(snippet![..cut] + r.Pick("...", " ...", "…", " …"));
        }
        return lines;
    }

    public static void ReadAlso(NinthPage page, NinthStory s, DressingRandom r)
    {
        var label = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "ذات صلة", "شاهد أيضاً", "لا يفوتك", "طالع أيضاً", "قد يهمك", "📌 اقرأ أيضاً", "مواضيع متعلقة", "يهمك أيضاً");
        if (r.Chance(0.6))
        {
            if (Pick(s, r, lead: false) is { } title)
            {
                page.Between(new NoisePiece(NoiseKind.ReadAlso, [r.Scuff(label + r.Pick(": ", " : ", " | ", " ← ", " >> ", ":") + title)]) { Teasers = [title] });
            }
            return;
        }
        var titles = Enumerable.Range(0, r.Between(2, 4)).Select(_ => Pick(s, r, lead: false)).OfType<string>().Distinct().ToList();
        if (titles.Count == 0)
        {
            return;
        }
        var mark = r.Pick(Marks);
        List<string> lines = [r.Scuff(label + r.Pick(":", "", " ⬇️")), .. titles.Select(t => mark + t)];
        var piece = new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = titles };
        if (r.Chance(0.5))
        {
            page.Between(piece);
        }
        else
        {
            page.Bottom(piece);
        }
    }

    // Not this story's title or lead, not a line of it, and not another paper's copy of it:
    // a copy shares most of its words with the story's title and lead, or with its whole text.
    private static bool IsOther(NinthStory s, string text)
    {
        var head = Stems(s.Title + " " + string.Join(' ', s.Body.Take(1)));
        var all = Stems(string.Join(' ', s.Body));
        var words = Stems(text);
        return words.Count > 2 && !s.Body.Any(b => b.Contains(text, StringComparison.Ordinal) || text.Contains(b, StringComparison.Ordinal))
            && words.Count(head.Contains) * 5 < words.Count * 2 && words.Count(all.Contains) * 5 < words.Count * 3;
    }

    // Rough stems: the spellings papers vary on made one (hamzas, tā' marbūṭa, yā'), a leading
    // conjunction and the article dropped, the first four letters kept («مباحثاتنا» and «المباحثات» meet).
    private static HashSet<string> Stems(string text) =>
        [.. text.Split([' ', '،', '.', ':', '«', '»', '"', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا').Replace('ة', 'ه').Replace('ى', 'ي'))
            .Select(w => w.Length > 4 && (w[0] == 'و' || w[0] == 'ف') ? w[1..] : w)
            .Select(w => w.Length > 4 && (w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)) ? w[2..]
                : w.Length > 5 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("كال", StringComparison.Ordinal)) ? w[3..] : w)
            .Where(w => w.Length > 2)
            .Select(w => w.Length > 4 ? w[..4] : w)];
}
