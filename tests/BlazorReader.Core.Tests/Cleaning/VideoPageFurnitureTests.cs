using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A broadcaster's page copied with the story, generated from shapes: its menu one item a line
// at the top, and a video's subtitles (SubRip or WebVTT: cue numbers, timing lines, a cue's text
// on one or two lines, blank lines between cues or none). Story lines are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) and come back whole and in order.
public class VideoPageFurnitureTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static readonly string[] Cues =
    [
        "لماذا لم نسمع عن حراك مجتمعي عن الانتخابات البلدية؟", "ودعا الشيخ المولى القدير أن يربط على قلوبهم ويثبت أقدامهم،", "وقد كان لهذه الزيارة الأثر الطيب في نفوس الجميع.",
        "أقام العديد من المعارض الشخصية وشارك في", "الكثير من المعارض الجماعية الدولية.",
    ];

    private static readonly string[] MenuItems = ["الرئيسية", "المذيعون", "جدول البث", "البرامج", "البث المباشر ▶", "تردد القناة", "فيديو", "الأخبار"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 120)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_menu_and_the_subtitles_go_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var gap = r.Next(2) == 0 ? "" : "\n";
        var lines = new List<string>();
        if (r.Next(2) == 0)
        {
            lines.AddRange(MenuItems.OrderBy(_ => r.Next()).Take(r.Next(4, 8)));
        }
        lines.Add(Story[0]);
        var subtitles = new List<string>();
        if (r.Next(2) == 0)
        {
            subtitles.Add(Pick("الترجمة (عربي)", "النص المصاحب للفيديو:", "Subtitles"));
        }
        if (r.Next(2) == 0)
        {
            subtitles.Add("WEBVTT" + gap);
        }
        var start = r.Next(5, 40);
        for (var cue = 1; cue <= r.Next(1, 5); cue++)
        {
            var end = start + r.Next(2, 6);
            var separator = subtitles.Exists(s => s.StartsWith("WEBVTT", StringComparison.Ordinal)) ? "." : ",";
            subtitles.Add(cue.ToString(System.Globalization.CultureInfo.InvariantCulture));
            subtitles.Add($"00:00:{start:00}{separator}{r.Next(1000):000} --> 00:00:{end:00}{separator}{r.Next(1000):000}");
            var text = r.Next(3) == 0 ? [Cues[3], Cues[4]] : new[] { Pick(Cues[0], Cues[1], Cues[2]) };
            subtitles.AddRange(text.Select((t, k) => k == text.Length - 1 ? t + gap : t));
            start = end + 1;
        }
        lines.AddRange(subtitles);
        lines.AddRange(Story[1..]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    // Three short lines over a story are its kicker, place and byline: no menu.
    [Fact]
    public void Three_short_lines_over_the_lead_are_no_menu()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', ["أمطار الرياض", "تقرير خاص", "فهد العتيبي", .. Story])));
        Assert.DoesNotContain(cleaned.Removed, x => x.Reason == "navigation");
    }

    // A story's own times without the arrow of a timing line stay.
    [Fact]
    public void A_programme_s_times_in_the_story_are_no_subtitles()
    {
        var line = "ويبدأ البث عند الساعة 20:00 وينتهي عند 22:30 بحسب جدول القناة.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], "1", line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}
