namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// An IPTV playlist and its programme guide: «#EXTM3U», «#EXTINF:-1 tvg-…» entries with their
// stream addresses, programme times, and the story as a news programme's description.
internal sealed class PlaylistFrame(DressingRandom r) : IFrame
{
    private static readonly string[] Channels = ["الإخبارية", "السعودية الأولى", "روتانا خليجية", "الرياضية", "Al Arabiya", "قناة الوطن", "ذكريات"];

    private string Entry(string channel) =>
        "#EXTINF:-1 tvg-id=\"" + r.Letters(r.Between(3, 8), "abcdefghijklmnopqrstuvwxyz") + ".sa\" tvg-name=\"" + channel + "\"" + r.Pick(" tvg-logo=\"logo.png\"", "")
        + " group-title=\"" + r.Pick("أخبار", "News", "عربي", "منوعات") + "\"," + channel + r.Pick("", " HD", " FHD");

    private string Stream() => r.Pick("http://", "https://") + r.Pick("iptv", "live", "tv") + r.Between(1, 9) + "." + r.Pick("example", "stream", "media") + ".net/" + r.Letters(6) + "/" + r.Between(100, 9999) + r.Pick(".m3u8", ".ts", "");

    private string Slot(Story s, int add) =>
        Words.Time(r, s.When.Date.AddHours(13).AddMinutes(add)) + r.Pick(" - ", " – ", " إلى ") + Words.Time(r, s.When.Date.AddHours(13).AddMinutes(add + 30));

    public void Head(Page p, Story s)
    {
        p.Raw("#EXTM3U" + r.Pick("", " x-tvg-url=\"http://epg." + r.Pick("example", "guide") + ".net/guide.xml\""));
        foreach (var ch in Channels.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)))
        {
            p.Raw(Entry(ch));
            p.Raw(Stream());
        }
        var channel = r.Pick(Channels);
        p.Raw(Entry(channel));
        p.Raw(Stream());
        p.Chrome(NoiseKind.Footer, r.Pick("دليل البرامج", "EPG", "جدول البث") + r.Separator("—", "|", ":") + channel + r.Pick("", " · " + Words.Weekday(s.When)));
        p.Raw(Slot(s, 0) + "  " + r.Pick("النشرة الرئيسية", "موجز الأخبار", "نشرة الظهيرة", "الحصاد اليومي"));
        p.Raw(r.Pick("الوصف:", "وصف البرنامج:", "Description:", "التفاصيل ▾"));
    }

    public void Between(Page p, Story s, int paragraph)
    {
    }

    public void Tail(Page p, Story s)
    {
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Counter, r.Pick("المدة: ", "⏱ ") + Words.D(r, r.Pick(15, 30, 45, 60)) + r.Pick(" دقيقة", " د") + r.Pick("", " · إعادة", " · مباشر"));
        }
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            p.Raw(Slot(s, i * 30) + "  " + r.Pick("برنامج صباح الخير", "مسلسل", "نشرة الرياضة", "وثائقي", "برنامج حواري", "الطقس"));
        }
        p.Raw(Stream());
        if (r.Chance(0.4))
        {
            p.Raw(Entry(r.Pick(Channels)));
            p.Raw(Stream());
        }
    }
}
