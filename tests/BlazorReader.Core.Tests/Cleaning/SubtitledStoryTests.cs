using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A news video's subtitle file copied as the page: the cues say the story. Their timing,
// numbers, header and sound cues go; the words stay. Beside a story printed as paragraphs, the
// cues are the video's and go whole (VideoPageFurnitureTests). Story lines are real corpus
// text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the file is made up by shape.
public class SubtitledStoryTests
{
    [Theory]
    [InlineData("WEBVTT - ترجمة عربية", "00:00:0{0}.209 --> 00:00:1{0}.766", "cue-{0}")]
    [InlineData("", "00:00:0{0},500 --> 00:00:1{0},000", "{0}")]
    [InlineData("WEBVTT", "00:0{0}.100 --> 00:1{0}.900 align:start", "مقطع {0}")]
    public void The_cues_words_are_the_story(string header, string timing, string cue)
    {
        var lines = new List<string>();
        if (header.Length > 0)
        {
            lines.Add(header);
        }
        for (var i = 0; i < StoryLines.Three.Length; i++)
        {
            lines.Add(Format(cue, i + 1));
            lines.Add(Format(timing, i + 1));
            lines.Add(StoryLines.Three[i]);
            lines.Add("");
            if (i == 0)
            {
                lines.AddRange([Format(timing, 5), "(موسيقى هادئة)", ""]);
            }
        }

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(StoryLines.Three, cleaned.Blocks.Select(b => b.Text));
    }

    private static string Format(string shape, int n) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, n);
}
