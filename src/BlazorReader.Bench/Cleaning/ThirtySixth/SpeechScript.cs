namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A text-to-speech script: SSML round the story's lines, pauses and prosody between them,
// the date read as a date, the bulletin's intro and outro, a post read out sentence by sentence.
internal sealed class SpeechScript : Frame
{
    public override bool OwnPosts => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        p.Line("<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"ar-SA\">");
        if (r.Chance(0.4))
        {
            p.Line("<voice name=\"ar-SA-" + r.Pick("HamedNeural", "ZariyahNeural", "Naayf") + "\">");
        }
        var intro = r.Pick("إليكم نشرة الأخبار", "إليكم موجز الأخبار", "أهلاً بكم في نشرة أخبار") + " من " + p.Paper;
        p.Chrome(p.Piece(NoiseKind.Headline, intro + r.Pick(".", "،", "")), l => "<p><s>" + l + "</s></p>");
        p.Line("<break time=\"" + r.Pick("500ms", "700ms", "1s") + "\"/>");
        p.Chrome(headline, l => "<p><prosody rate=\"" + r.Pick("slow", "90%", "medium") + "\">" + l + "</prosody></p>");
        if (r.Chance(0.5))
        {
            p.Chrome(p.Piece(NoiseKind.Dateline, Dates.Gregorian(r, p.When)), l => "<s><say-as interpret-as=\"date\" format=\"dmy\">" + l + "</say-as></s>");
        }
        Pieces(p, more);
    }

    public override string Wrap(string line) => "<p><s>" + line + "</s></p>";

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        var r = p.R;
        var pause = index > 0 && r.Chance(0.4) ? "<break time=\"" + r.Pick("300ms", "400ms", "600ms") + "\"/>" : "";
        return r.Next(3) switch
        {
            0 => pause + "<p>" + prefix + text + suffix + "</p>",
            1 => pause + "<p><s>" + prefix + text + suffix + "</s></p>",
            _ => pause + "<p><prosody rate=\"" + r.Pick("95%", "medium") + "\">" + prefix + text + suffix + "</prosody></p>",
        };
    }

    // The post read as sentences: who, what, the address in «<sub>» so that it is not read out.
    public override void Post(Page p, PostDraft d)
    {
        var r = p.R;
        p.Line("<p><s>" + d.Name + "</s> <say-as interpret-as=\"characters\">@" + d.Handle + "</say-as></p>");
        foreach (var line in d.TextLines)
        {
            p.Line("<p><s>" + line + "</s></p>");
        }
        if (d.HasDate)
        {
            p.Line("<s><say-as interpret-as=\"date\">" + d.DateText + "</say-as></s>");
        }
        var parts = d.Cut(d.Shown, r);
        parts[0] = "<sub alias=\"" + r.Pick("رابط التغريدة", "الرابط") + "\">" + parts[0];
        parts[^1] += "</sub>";
        parts.ForEach(p.Line);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail);
        p.Line("<break time=\"1s\"/>");
        var outro = r.Pick("كانت هذه نشرة الأخبار", "بهذا نختم موجز الأخبار", "إلى هنا تنتهي النشرة") + r.Pick("، شكراً لحسن استماعكم.", ". دمتم بخير.", "، نلقاكم في الموجز القادم.");
        p.Chrome(p.Piece(NoiseKind.Footer, outro), l => "<p><s>" + l + "</s></p>");
        p.Line("</speak>");
    }
}
