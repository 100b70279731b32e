using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A copy path: the app or file the story's text was scraped from. Its head (app bar,
// breadcrumbs, status rows), chrome it sets between paragraphs, how it writes a paragraph
// (a spreadsheet row, a subtitle cue, a slide) and its tail (app footer, its other items).
internal abstract class Frame
{
    public abstract void Head(Page page, StoryFacts f);

    public virtual void Between(Page page, StoryFacts f)
    {
    }

    public virtual void Paragraph(Page page, StoryFacts f, string text, string? written) => page.Paragraph(text, written);

    public abstract void Tail(Page page, StoryFacts f);

    public static Frame Pick(DressingRandom r) => r.Next(11) switch
    {
        0 => new ClaimsPortalFrame(),
        1 => new ParentsAppFrame(),
        2 => new PrayerAppFrame(),
        3 => new ChargingAppFrame(),
        4 => new TrackerFrame(),
        5 => new SheetFrame(),
        6 => new SlideFrame(),
        7 => new SubtitleFrame(),
        8 => new FileManagerFrame(),
        9 => new CryptoFeedFrame(),
        _ => new ModerationQueueFrame(),
    };

    // Helpers the frames share: a number in either script, an Arabic-or-Latin reference.
    protected static string N(StoryFacts f, int min, int max) => f.R.Number(f.R.Between(min, max));

    protected static string Ref(StoryFacts f, string prefix) => prefix + f.R.Pick("-", "") + f.Digits(f.Day.Year.ToString(CultureInfo.InvariantCulture)) + "-" + f.R.Letters(f.R.Between(5, 7), "0123456789");
}
