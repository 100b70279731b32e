using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The orders a post is flattened in on the way to the scraper. Text lines are the post; the
// name, date and address lines around them are its card's parts; a site's shortened display
// address is neither (chrome no kind names). Addresses are cut at any character about half
// the time, and those lines are written as they are, unscuffed.
internal static class PostLayouts
{
    public static void Write(PageWriter w, PostDraft p, Func<string, string> wrap, bool frameMarkup)
    {
        var r = w.R;
        var url = () => Cut(r, p.Url);
        switch (frameMarkup && r.Chance(0.5) ? 5 : r.Next(5))
        {
            case 0:
                // The embed code flattened with its entities: the name's «&» written «&amp;».
                var name = r.Chance(0.4) ? r.Pick("Saudi News", "KSA Daily", "Gulf Sport", "Riyadh Events") + " & " + r.Pick("Media", "Co", "More") : p.Name;
                w.Raw(r.Pick("<blockquote class=\"twitter-tweet\" data-lang=\"ar\">", "<blockquote class=\"twitter-tweet\" lang=\"ar\">"), false);
                for (var i = 0; i < p.Lines.Count; i++)
                {
                    w.Raw((i == 0 ? "<p lang=\"" + (p.Dir == BlazorReader.Core.Articles.TextDirection.Rtl ? "ar\" dir=\"rtl" : "en\" dir=\"ltr") + "\">" : "") + p.Lines[i] + (i == p.Lines.Count - 1 ? "</p>" : "<br>"));
                }
                w.Raw("&mdash; " + name.Replace("&", "&amp;", StringComparison.Ordinal) + " (@" + p.Handle + ") <a href=\"" + url() + "\">" + DateWords.English(p.When) + "</a></blockquote>", false);
                w.Body.Add(p.Expected(name));
                return;
            case 1:
                // Styled or emoji name glued to its handle, the Hijri day alone, a display address, then the link.
                Text(w, p, l => l);
                w.Raw(p.Name + "@" + p.Handle);
                w.Raw(DateWords.Hijri(r, p.When));
                if (r.Chance(0.6) && p.Url.Contains("/status/", StringComparison.Ordinal))
                {
                    var shown = p.Url.Replace("https://", "", StringComparison.Ordinal);
                    w.Raw(shown[..(shown.IndexOf("/status/", StringComparison.Ordinal) + r.Between(2, 6))] + "…", false);
                }
                w.Raw(url(), false);
                break;
            case 2:
                // A table row of text, name, handle and day; the address in the row below.
                w.Raw("| " + string.Join(" ", p.Lines) + " | " + p.Name + " | @" + p.Handle + " | " + DateWords.Numeric(r, p.When) + " |");
                w.Raw("| " + r.Pick("الرابط", "link", "المصدر") + " | " + url() + " |", false);
                w.Body.Add(p.Expected() with { Text = string.Join(" ", p.Lines) });
                return;
            case 3:
                // Text, name and handle glued, then «الساعة … مساءً -» before the day.
                Text(w, p, l => l);
                w.Raw(p.Name + "@" + p.Handle);
                var hour = p.When.Hour % 12 == 0 ? 12 : p.When.Hour % 12;
                w.Raw(DateWords.Digits(r, "الساعة " + hour.ToString(CultureInfo.InvariantCulture) + ":" + p.When.ToString("mm", CultureInfo.InvariantCulture)) + (p.When.Hour < 12 ? " صباحاً" : " مساءً") + " - " + DateWords.Gregorian(r, p.When));
                w.Raw(url(), false);
                break;
            case 4:
                // The address at the end of the last text line; name and handle, then a time with seconds and the day.
                for (var i = 0; i < p.Lines.Count - 1; i++)
                {
                    w.Raw(p.Lines[i]);
                }
                w.Raw(p.Lines[^1] + " " + url(), false);
                w.Raw(p.Name + r.Pick(" @", "  @", " ‏@") + p.Handle);
                w.Raw(DateWords.Time(r, p.When, true) + r.Pick(" ", " · ", " - ") + DateWords.Numeric(r, p.When));
                break;
            default:
                // Inside the frame's own markup: each line its element, string or entry.
                Text(w, p, wrap);
                w.Raw(wrap(p.Name + " @" + p.Handle + " " + DateWords.Gregorian(r, p.When)));
                w.Raw(wrap(url()), false);
                break;
        }
        w.Body.Add(p.Expected());
    }

    private static void Text(PageWriter w, PostDraft p, Func<string, string> wrap)
    {
        foreach (var line in p.Lines)
        {
            w.Raw(wrap(line));
        }
    }

    // Line breaks put inside an address at one or two places, anywhere in it.
    private static string Cut(DressingRandom r, string url)
    {
        if (r.Chance(0.5))
        {
            return url;
        }
        var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(1, url.Length - 1)).Distinct().OrderDescending();
        foreach (var at in cuts)
        {
            url = url[..at] + (r.Chance(0.2) ? "\r\n" : "\n") + url[at..];
        }
        return url;
    }
}
