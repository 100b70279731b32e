using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A site's strings file the story was translated in, generated round real corpus lines
// (StoryLines): a gettext PO file (header, references, fuzzy flags, keys, strings wrapped onto
// continuation lines or cut across raw lines) and an XLIFF file (each unit's source beside its
// Arabic target). The translations come back as the story; the rest of the file goes.
public class TranslationFileTests
{
    private static readonly string[] Story = StoryLines.Four;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_po_files_translations_read_back_as_the_story(int seed)
    {
        var r = new Random(seed);
        string Pick(params string[] options) => options[r.Next(options.Length)];
        var page = new List<string>
        {
            "# Arabic translation of the news templates.", "msgid \"\"", "msgstr \"\"", "\"Project-Id-Version: news 3.3\\n\"", "\"Language: ar\\n\"",
            "\"Content-Type: text/plain; charset=UTF-8\\n\"", "",
        };
        for (var i = 0; i < Story.Length; i++)
        {
            page.Add("#: templates/article.php:" + (10 + i * 3));
            if (r.Next(3) == 0)
            {
                page.Add("#, fuzzy");
            }
            page.Add(Pick("msgid \"article.body.", "msgctxt \"body\"\nmsgid \"article.body.") + i + "\"");
            var cut = r.Next(10, Story[i].Length - 10);
            page.AddRange((r.Next(3) switch
            {
                0 => "msgstr \"" + Story[i] + "\"",
                1 => "msgstr \"\"\n\"" + Story[i][..cut] + "\"\n\"" + Story[i][cut..] + "\"",
                _ => "msgstr \"" + Story[i][..cut] + "\n" + Story[i][cut..] + "\"",
            }).Split('\n'));
            page.Add("");
        }

        var context = Clean.With(string.Join("\n", page), new TranslationFile());
        var body = context.BodyLines();
        // A string cut at a space loses it from the seam: the words are compared, not the spaces.
        Assert.Equal(string.Concat(Story).Replace(" ", "", StringComparison.Ordinal), string.Concat(body).Replace(" ", "", StringComparison.Ordinal));
        Assert.DoesNotContain(body, l => l.Contains("msg", StringComparison.Ordinal) || l.Contains('#', StringComparison.Ordinal) || l.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void An_xliff_units_source_goes_and_its_target_stays()
    {
        string[] page =
        [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            .. Story.Select((l, i) => $"<trans-unit id=\"article.body.{i}\"><source>[article.body.{i}]</source><target>{l}</target></trans-unit>"),
        ];
        var context = Clean.With(string.Join("\n", page), new TranslationFile(), new MarkupRemover());
        Assert.Equal(Story, context.BodyLines().Where(l => !l.StartsWith("<?xml", StringComparison.Ordinal)));
    }

    // A story's own line that opens with «msgid» is no file: too few entries.
    [Fact]
    public void A_story_quoting_one_entry_is_no_file()
    {
        string[] page = [Story[0], "msgid \"hello\"", "msgstr \"مرحبا\"", Story[1]];
        var context = Clean.With(string.Join("\n", page), new TranslationFile());
        Assert.Equal(page, context.BodyLines());
    }
}
