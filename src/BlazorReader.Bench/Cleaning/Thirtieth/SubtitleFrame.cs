using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A news video's subtitle file (SRT or WebVTT) scraped as its text: the file's head, a cue
// number and a timecode over each paragraph, sound cues between them, the subtitler's credit.
internal sealed class SubtitleFrame : Frame
{
    private bool vtt;
    private int cue;
    private double at;

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        vtt = r.Chance(0.45);
        at = r.Between(0, 9) + r.Next(1000) / 1000.0;
        if (vtt)
        {
            page.Chrome(NoiseKind.Footer, "WEBVTT" + r.Pick("", " - " + r.Pick("ترجمة عربية", "Arabic captions")));
            if (r.Chance(0.5))
            {
                page.Chrome(NoiseKind.Footer, "Kind: captions", "Language: ar");
            }
            return;
        }
        page.Chrome(NoiseKind.Footer, r.Pick("news_", "clip-", "تقرير_") + r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz0123456789") + r.Pick(".ar.srt", ".srt", "_arabic.srt") + r.Pick("", "  (" + f.Digits(r.Between(2, 40).ToString(CultureInfo.InvariantCulture)) + " KB)"));
    }

    public override void Paragraph(Page page, StoryFacts f, string text, string? written)
    {
        Cue(page, f, f.R.Between(4, 14));
        page.Paragraph(text, written);
    }

    // A sound or speaker cue: the file's, not the story's.
    public override void Between(Page page, StoryFacts f)
    {
        var r = f.R;
        Cue(page, f, r.Between(1, 3));
        page.Chrome(NoiseKind.Caption, r.Pick("[موسيقى]", "[تصفيق]", "♪ ♪ ♪", "(موسيقى هادئة)", "[صوت المراسل]", "[Music]", ">> المذيع:"));
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        Cue(page, f, 3);
        page.Chrome(NoiseKind.Signature, r.Pick("ترجمة وتدقيق: ", "تفريغ: ", "الترجمة: ", "Subtitles by ") + StoryFacts.Name(r));
        if (vtt && r.Chance(0.4))
        {
            page.Chrome(NoiseKind.Footer, "NOTE " + r.Pick("تمت المزامنة آليًا", "تمت مراجعة التوقيت", "generated automatically"));
        }
    }

    private void Cue(Page page, StoryFacts f, int seconds)
    {
        var r = f.R;
        cue += 1;
        var start = at + r.Next(400) / 1000.0;
        at = start + seconds + r.Next(1000) / 1000.0;
        var mark = vtt ? "." : ",";
        string Stamp(double s) => $"{(int)s / 3600:00}:{(int)s / 60 % 60:00}:{(int)s % 60:00}{mark}{(int)(s * 1000) % 1000:000}";
        if (!vtt || r.Chance(0.5))
        {
            page.Chrome(NoiseKind.Counter, vtt ? r.Pick("cue-", "مقطع ") + cue : cue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        page.Chrome(NoiseKind.Counter, Stamp(start) + " --> " + Stamp(at) + (vtt && r.Chance(0.3) ? r.Pick(" align:start", " position:10%", " line:85%") : ""));
    }
}
