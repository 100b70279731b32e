namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A wire item in NITF XML shown as a browser shows raw XML: the prolog, <head> with <title> and
// <docdata>, <hedline>, <byline>, <dateline>, the story as <p> elements in <body.content>, a
// picture's <media-caption>, a <tagline> naming the agency, and the feed's next item's hedline.
internal sealed class WireXmlPath : CopyPath
{
    private string agency = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        var d = Calendar.Day(r, s);
        agency = r.Pick(DressingPools.Agencies);
        if (r.Chance(0.4))
        {
            s.Raw("This XML file does not appear to have any style information associated with it. The document tree is shown below.");
        }
        s.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<nitf" + r.Pick("", " version=\"-//IPTC//DTD NITF 3.4//EN\"", " change.date=\"June 10, 2005\"") + ">", "<head>");
        Title(s, r.Pick("<title>", "  <title>"), "</title>", withPaper: r.Chance(0.3));
        s.Raw("<docdata>", $"<doc-id id-string=\"{r.Pick("SPA", "KUNA", "WAM", "AFP")}-{d:yyyyMMdd}-{r.Between(100, 9999)}\"/>", $"<date.issue norm=\"{d:yyyyMMdd}T{r.Between(0, 23):00}{r.Next(60):00}00+0300\"/>");
        if (r.Chance(0.5))
        {
            s.Raw("<urgency ed-urg=\"" + r.Between(1, 8) + "\"/>");
        }
        s.Raw("</docdata>", "</head>", "<body>", "<body.head>");
        Title(s, "<hedline><hl1>", "</hl1></hedline>");
        if (r.Chance(0.7))
        {
            var by = StoryChrome.Byline(r, s).Lines[0];
            s.Lines.Add("<byline>" + by + "</byline>");
            s.Noise.Add(new NoisePiece(NoiseKind.Byline, ["<byline>" + by + "</byline>"]));
        }
        if (r.Chance(0.7))
        {
            var line = "<dateline><location>" + r.Pick(DressingPools.Cities) + "</location>" + r.Pick(" ", "، ", "") + "<story.date>" + Calendar.Gregorian(r, d) + "</story.date></dateline>";
            s.Lines.Add(line);
            s.Noise.Add(new NoisePiece(NoiseKind.Dateline, [line]));
        }
        s.Raw("</body.head>", "<body.content>");
    }

    public override void Open(Sheet s)
    {
        s.Prefix = s.R.Pick("<p>", "<p>", "  <p>", "\t<p>");
        s.Suffix = "</p>";
    }

    // A picture between the paragraphs: its caption in the item's <media> element.
    public override void Between(Sheet s, int i)
    {
        if (s.R.Chance(0.1))
        {
            var caption = StoryChrome.Caption(s.R).Lines[0];
            var prefix = s.Prefix;
            var suffix = s.Suffix;
            s.Prefix = "<media media-type=\"image\"><media-caption>";
            s.Suffix = "</media-caption></media>";
            s.Chrome(NoiseKind.Caption, caption);
            (s.Prefix, s.Suffix) = (prefix, suffix);
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Raw("</body.content>", "<body.end>");
        var credit = r.Pick("(", "") + agency + r.Pick(")", "") + r.Pick(" ", " - ") + r.Pick("ع ن", "س ع", "ج م", "م ع");
        s.Lines.Add("<tagline>" + credit + "</tagline>");
        s.Noise.Add(new NoisePiece(NoiseKind.Credit, ["<tagline>" + credit + "</tagline>"]) { Credit = agency });
        s.Raw("</body.end>", "</body>", "</nitf>");
        if (r.Chance(0.6) && s.Other() is { } next)
        {
            s.Raw("<nitf>", "<head>");
            s.Lines.Add("<hedline><hl1>" + next + "</hl1></hedline>");
            s.Noise.Add(new NoisePiece(NoiseKind.Teaser, ["<hedline><hl1>" + next + "</hl1></hedline>"]) { Teasers = [next] });
            s.Raw("</head>");
        }
    }
}
