using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A news table's database dump, generated round real corpus lines (StoryLines): comments,
// settings, locks, other stories' rows, and the story's row whose body string holds the
// paragraphs ended by a written «\r\n», on lines of their own or on the row's one line. The
// paragraphs come back whole; the statements and the row's short fields go.
public class SqlDumpTests
{
    private static readonly string[] Story = StoryLines.Four;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_rows_body_reads_back_as_the_story(int seed)
    {
        var r = new Random(seed);
        var end = r.Next(2) == 0 ? "\\r\\n" : "\\n";
        var body = Story.Select(l => l + end).ToList();
        var row = "INSERT INTO `news` (`id`,`title`,`author`,`body`) VALUES (4512,'النهضة يتعاقد مع الرجاء','أحمد السلمي - اليوم','";
        var tail = "',1234,'2015-07-21 10:00:00');";
        string[] rowLines = r.Next(2) == 0 ? [row + body[0], .. body.Skip(1).SkipLast(1), body[^1] + tail] : [row + string.Concat(body) + tail];
        string[] page =
        [
            "-- MySQL dump 10.13  Distrib 5.7.31", "/*!40101 SET NAMES utf8mb4 */;", "--", "-- Dumping data for table `news`", "--", "LOCK TABLES `news` WRITE;",
            "INSERT INTO `news` (`id`,`title`,`author`,`body`) VALUES (4510,'أمطار غزيرة على جازان','سعد الحربي','...');",
            .. rowLines,
            "UNLOCK TABLES;", "-- Dump completed on 2016-01-04 10:11:12",
        ];
        var context = Clean.With(string.Join("\n", page), new SqlDump());
        Assert.Equal(Story, context.BodyLines());
    }

    // Escaped quotes are the story's quotes.
    [Fact]
    public void Escaped_quotes_read_as_quotes()
    {
        const string Said = "وقال المدرب: \"نحن جاهزون\" للموسم و'سنقاتل' على اللقب في كل المباريات المقبلة هذا العام بإذن الله.";
        var escaped = Said.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        string[] page = ["-- MySQL dump 10.13", "LOCK TABLES `news` WRITE;", $"INSERT INTO `news` VALUES (1,'عنوان','{Story[0]}\\r\\n{escaped}');", "UNLOCK TABLES;"];
        var context = Clean.With(string.Join("\n", page), new SqlDump());
        Assert.Equal([Story[0], Said], context.BodyLines());
    }

    // A story that names a statement is no dump.
    [Fact]
    public void A_story_line_opening_like_a_statement_is_no_dump()
    {
        string[] page = [Story[0], "SET أهداف جديدة للموسم المقبل", Story[1]];
        var context = Clean.With(string.Join("\n", page), new SqlDump());
        Assert.Equal(page, context.BodyLines());
    }
}
