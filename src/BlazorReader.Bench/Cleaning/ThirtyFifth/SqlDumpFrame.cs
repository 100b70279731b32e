namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A MySQL dump of a news CMS table: the dump's comments and «/*!40101 SET … */;» lines, other
// rows (other stories), and this story's row with its body in a quoted string whose
// paragraphs end in a written «\r\n». The statement is chrome; the story's words are not.
internal sealed class SqlDumpFrame : Frame
{
    private int id;

    public override bool Fits(Story s) => !s.Own.Any(p => p.Contains('\'', StringComparison.Ordinal) || p.Contains('"', StringComparison.Ordinal) || p.Contains('\\', StringComparison.Ordinal));

    public override double PostRate => 0.2;

    public override bool MarkupPosts => true;

    // The string's paragraph ends: a written «\r\n» (sometimes «\n»), then the dump's own break.
    public override string Wrap(string line) => line + "\\r\\n";

    public override void Gap(PageWriter w, Story s, int index)
    {
    }

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        id = r.Between(1000, 99999);
        w.Raw("-- MySQL dump 10.13  Distrib 5." + r.Between(1, 7) + "." + r.Between(10, 60));
        w.Raw("-- Database: " + r.Pick("news_db", "akhbar", "cms_portal"));
        w.Raw("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;");
        w.Raw("/*!40101 SET NAMES utf8" + r.Pick("", "mb4") + " */;");
        w.Raw("--");
        w.Raw("-- Dumping data for table `news`");
        w.Raw("--");
        w.Raw("LOCK TABLES `news` WRITE;");
        OtherRows(w, s, id - r.Between(3, 9));
        var title = Escape(s.HeadTitle);
        var by = s.Person + (r.Chance(0.5) ? " - " + s.Paper : "");
        // The row's own head is written onto the lead's line; the lead follows the opening quote.
        w.Label(NoiseKind.Headline, title, true);
        w.Label(NoiseKind.Byline, by, true);
        Prefix = "INSERT INTO `news` (`id`,`title`,`author`,`body`) VALUES (" + id + ",'" + title + "','" + by + "','";
    }

    public string Prefix { get; private set; } = "";

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        var credit = HeadWordings.Credit(r, s, out var source);
        w.Chrome(NoiseKind.Credit, l => l + "'," + r.Between(10, 90000) + ",'" + s.When.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "');", [credit], credit: source);
        OtherRows(w, s, id + 1);
        w.Raw("UNLOCK TABLES;");
        w.Raw("/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;");
        w.Raw("-- Dump completed on " + s.When.AddDays(r.Between(1, 900)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    // Rows of other stories: their titles (and leads) are teasers a reader never wanted.
    private static void OtherRows(PageWriter w, Story s, int first)
    {
        var r = w.R;
        if (!r.Chance(0.6))
        {
            return;
        }
        var titles = s.Teasers(r, r.Between(1, 2)).Where(t => !t.Contains('\'', StringComparison.Ordinal)).ToList();
        if (titles.Count > 0)
        {
            w.Chrome(NoiseKind.Teaser, l => "INSERT INTO `news` (`id`,`title`,`author`,`body`) VALUES (" + first++ + ",'" + l + "','" + DressingPools.PersonName(r) + "','...');", titles, titles);
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
