using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Flattened tweets whose link the layout moved or broke, generated: the signature before the
// link (the embed prints the status link under it) or after it; the link with or without its
// scheme, cut at any character over one to four lines (the scheme alone, the host split, the
// id in digit runs), or with spaces put inside it; the text ending on a line of hashtags alone.
// The story lines around are real corpus sentences (SaudiNewsNet, Mazen Abdulaziz,
// CC BY-NC-SA 4.0) and always stay; so does a story address under a signature.
public class TweetLinkBelowFamilyTests
{
    private static readonly string[] StoryLines =
    [
        "وقال الصندوق في بيان، أمس السبت، إن إتمام المراجعة النهائية مكنت الصندوق من صرف الدفعة الأخيرة من القرض.",
        "ووقع هجوم مماثل قبل ثلاثة أشهر في متحف باردو بالعاصمة تونس على يد مسلحين.",
        "ودعت الوزارة إلى التواصل مع الوكيل لإجراء الإصلاحات اللازمة مجانا.",
    ];

    private static readonly string[] Texts =
    [
        "وهذا يدل دلالة قاطعة على مزاجي المعتدل في كل شيء.",
        "Well deserved win for our players!!",
        "ففي بداية عهد الطيران تنافس المغامرون على تحقيق الأرقام القياسية وقطع المسافات الطويلة.",
    ];

    private static readonly string[] Links =
    [
        "https://pic.twitter.com/cJNLdsQJpo",
        "https://t.co/MJ10YP5Gt8",
        "https://x.com/benalituv/status/600000480242409623",
        "https://mobile.twitter.com/mona_otaibi/status/600001448308540583",
        "pic.x.com/4ZdnAUd2Y4",
    ];

    private static readonly string[] Signatures =
    [
        "— Ahmed Otaibi (@majed_otaibi)",
        "-Leila Elmasry (@LeilaKhatib) August 11, 2011",
        "– عبدالله القرشي (@a_saleh45) ٢٢ أغسطس ٢٠١٥",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_broken_link_above_or_below_the_signature_is_the_tweets_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        var story = StoryLines[r.Next(StoryLines.Length)];
        var after = StoryLines[(Array.IndexOf(StoryLines, story) + 1) % StoryLines.Length];
        var text = Texts[r.Next(Texts.Length)];
        var link = Links[r.Next(Links.Length)];
        var signature = Signatures[r.Next(Signatures.Length)];
        var hashtags = r.Next(3) == 0;
        var pieces = Broken(link, r);
        var textLines = hashtags ? $"{text}\n#مصر #Jeddah" : text;
        var raw = r.Next(2) == 0
            ? $"{story}\n{textLines}\n{signature}\n{pieces}\n{after}"
            : $"{story}\n{textLines}\n{pieces}\n{signature}\n{after}";

        var context = Clean.With(raw, new TweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;

        Assert.Equal(link.StartsWith("http", StringComparison.Ordinal) ? link : "https://" + link, tweet.Url);
        Assert.Equal(hashtags ? $"{text}\n#مصر #Jeddah" : text, tweet.Text);
        Assert.Equal([story, tweet.Text, after], context.BodyLines());
    }

    [Theory]
    [InlineData("https://www.alriyadh.com/1067764")]
    [InlineData("http://www.al-jazirah.com/2015/20150808/fe8.htm")]
    [InlineData("Reuters")]
    public void A_line_under_a_signature_that_is_no_tweet_link_stays_the_storys(string line)
    {
        var raw = $"{StoryLines[0]}\n{Texts[0]}\n{Signatures[0]}\n{line}\n{StoryLines[1]}";

        var context = Clean.With(raw, new TweetRebuilder());

        Assert.Null(Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!.Url);
        Assert.Contains(line, context.BodyLines());
    }

    [Fact]
    public void A_story_sentence_above_a_tweet_with_a_text_of_its_own_stays_the_storys()
    {
        var raw = $"{StoryLines[0]}\n{Texts[0]}\n{Signatures[0]}\n{Links[0]}";

        var context = Clean.With(raw, new TweetRebuilder());

        Assert.Equal(StoryLines[0], context.Lines[0].Text);
        Assert.Equal(Texts[0], context.Lines[1].Tweet!.Text);
    }

    // Cut at random characters over one to four lines, or with spaces put inside it.
    private static string Broken(string link, Random r)
    {
        if (r.Next(5) == 0)
        {
            var at = r.Next(10, link.Length - 2);
            return $"{link[..at]} {link[at..]}";
        }
        var cuts = Enumerable.Range(0, r.Next(0, 4)).Select(_ => r.Next(1, link.Length)).Distinct().Order().ToList();
        var parts = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            parts.Add(link[from..cut]);
            from = cut;
        }
        parts.Add(link[from..]);
        return string.Join("\n", parts);
    }
}
