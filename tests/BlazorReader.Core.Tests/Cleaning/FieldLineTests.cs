using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A newsroom system's or an export's fields round a story, generated from shapes: a label of a
// field every such system has (status, section, who wrote or checked it, counts, dates, the
// title, the link) in Arabic, English, French or Malay, its value, any quotes, bullets or
// colon spacing, one field a line or several short ones parted by bars, above the story or below it. The
// story (StoryLines) comes back whole; its own «label: value» lines (a match's details between
// its paragraphs, a song's credits, an interview's questions, a review's box) stay.
public class FieldLineTests
{
    private static readonly string[] Story = StoryLines.Three;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 120)];

    private static readonly (string[] Labels, string[] Values)[] Fields =
    [
        (["الحالة", "حالة النشر", "Status", "statut", "الأولوية", "القسم", "التصنيف", "Category", "النوع", "Kategori"], ["منشور", "بانتظار المراجعة", "مسودة", "عادية", "رياضة", "محليات", "published", "draft"]),
        (["أنشأه", "راجعه", "اعتمده", "عدّلها", "المدقق", "المحرر المسؤول", "مدير التحرير", "الكاتب", "Author", "Editor", "auteur", "Penulis", "بواسطة"], ["عبدالرحمن الحمدان", "منيرة الشهري", "خالد بن سعد العتيبي", "د. هند القحطاني"]),
        (["عدد الكلمات", "الكلمات", "عدد الأحرف", "وقت القراءة", "المشاهدات", "Word count", "Views", "Dibaca", "عدد النتائج"], ["١٧٣", "1,118", "4 دقائق", "٢٣٬٤٠٠", "12"]),
        (["تاريخ النشر", "آخر تعديل", "تاريخ الخبر", "publishedAt", "Updated", "Publié le", "Diterbitkan", "وقت النشر", "تاريخ البيان"], ["2015-08-06T11:27:21Z", "٢٠١٥-٠٨-١١ 22:46", "6 أغسطس 2015", "06/08/2015"]),
        (["الكلمات المفتاحية", "الوسوم", "keywords", "Tags", "Mots-clés", "Kata kunci"], ["النهضة، الرجاء، الكسار", "رياضة, انتقالات", "#النهضة #الدوري"]),
        (["الرابط المختصر", "المعرف", "رقم الخبر", "slug", "url", "ID", "Ray ID", "رمز الخطأ", "رقم الإعلان"], ["https://example.sa/a/1071343", "1071343", "nahda-signs-two", "7f3a9c1e2b4d5a61"]),
        (["تردد القناة على نايل سات", "التردد", "المبلغ المحقق", "المتبقي", "Frequency"], ["11096 عمودي", "١١٧٦٠٠ ريال", "12226 V 27500"]),
        (["العنوان الرئيسي", "عنوان الخبر", "العنوان المختصر", "عنوان محركات البحث (SEO)", "title", "Titre"], ["النهضة يتعاقد مع الرجاء والكسار", "النهضة يضم الرجاء والكسار | الرياضية"]),
    ];

    private static string Field(Random r, int kind, bool plain = false)
    {
        var (labels, values) = Fields[kind];
        var label = labels[r.Next(labels.Length)];
        var value = values[r.Next(values.Length)];
        return (plain ? r.Next(2) : r.Next(6)) switch
        {
            0 => $"{label}: {value}",
            5 => $"{label}={value}",
            1 => $"{label} : {value}",
            2 => $"  \"{label}\": \"{value}\",",
            3 => $"• {label}:{value}",
            _ => $"{label}：{value}",
        };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fields_above_and_below_the_story_go_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        string Line() => r.Next(3) == 0
            ? string.Join(r.Next(3) switch { 0 => " | ", 1 => " - ", _ => " · " }, Enumerable.Range(0, r.Next(2, 4)).Select(_ => Field(r, r.Next(4), plain: true)))
            : Field(r, r.Next(Fields.Length));
        var above = Enumerable.Range(0, r.Next(0, 4)).Select(_ => Line()).ToList();
        var below = Enumerable.Range(0, r.Next(above.Count == 0 ? 1 : 0, 4)).Select(_ => Line()).ToList();
        var lines = above.Concat(Story).Concat(below);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: r.Next(3) == 0 ? null : "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_title_field_names_an_article_the_page_gave_no_title()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', ["حالة النشر: منشور", "العنوان الرئيسي: النهضة يتعاقد مع الرجاء والكسار", .. Story])));
        Assert.Equal("النهضة يتعاقد مع الرجاء والكسار", cleaned.Title);
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    private static readonly string[][] StoryFields =
    [
        // A match's details between the story's paragraphs.
        [Story[0], "المباراة: النهضة – الرجاء 2-1", "الملعب: استاد الأمير محمد بن فهد", "الحكم: خالد الشهري", Story[1], Story[2]],
        // A song's credits below its lyrics, and a poem's author.
        [Story[0], Story[1], Story[2], "كلمات: سعود بن عبدالله", "ألحان: طلال سلامة", "غناء: محمد عبده"],
        // An interview's questions and answers as the story's end.
        [Story[0], Story[1], Story[2], "س: متى يبدأ الموسم الجديد؟", "ج: بعد عيد الأضحى مباشرة."],
        // A review's box above the story, labels no newsroom system prints.
        ["اسم الطبق: كبة حامض", "أين: مطعم جمعة في لندن", "التقييم: 5 نجوم", Story[0], Story[1], Story[2]],
        // «العنوان» as a restaurant's address, and a column signed with the writer's role.
        [Story[0], Story[1], Story[2], "العنوان: حدائق التاباريس، الأشرفية، بيروت، لبنان."],
        [Story[0], Story[1], Story[2], "- السفير: سعود أحمد اليحيا"],
    ];

    public static TheoryData<int> StoryFieldCases() => [.. Enumerable.Range(0, StoryFields.Length)];

    [Theory]
    [MemberData(nameof(StoryFieldCases))]
    public void The_story_s_own_labelled_lines_stay(int index)
    {
        var lines = StoryFields[index];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
    }

    // A channel's evening or a cinema's shows below the story: a clock at either end of each
    // short title, Western or Arabic-Indic digits, any bullet, under a short heading or none.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_schedule_below_the_story_goes(int seed)
    {
        var r = new Random(seed);
        string[] titles = ["نشرة الأخبار الرئيسية", "المجلة الاقتصادية", "صباح الخير يا وطن", "الحصاد الرياضي", "ما وراء الخبر", "الأسد الملك — قاعة المؤتمرات", "رجال الظل | المسرح الكبير"];
        string[] headings = ["", "يُعرض الليلة", "دليل السينما", "جدول البرامج"];
        var bullet = new[] { "", "• ", "» ", "- ", "▪ " }[r.Next(5)];
        var arabicDigits = r.Next(2) == 0;
        var clockFirst = r.Next(2) == 0;
        var lines = new List<string>(Story);
        if (headings[r.Next(headings.Length)] is { Length: > 0 } heading)
        {
            lines.Add(heading);
        }
        foreach (var (title, k) in titles.OrderBy(_ => r.Next()).Take(r.Next(3, 6)).Select((t, k) => (t, k)))
        {
            var clock = $"{16 + k}:{(r.Next(4) * 15):00}";
            clock = arabicDigits ? string.Concat(clock.Select(c => char.IsDigit(c) ? (char)('٠' + (c - '0')) : c)) : clock;
            lines.Add(bullet + (clockFirst ? $"{clock} {(r.Next(2) == 0 ? "- " : "")}{title}" : $"{title} — {clock}"));
        }

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    // The story's own programme is told in sentences, or stands between its paragraphs.
    [Fact]
    public void The_story_s_own_programme_stays()
    {
        string[] programme = ["- 6:40 إعلان تشكيلة الفريقين.", "- 6:43 أغنية كأس السوبر ويشدو بها الفنان رابح صقر.", "- 6:50 نزول الفريقين للملعب."];
        string[] between = ["16:30 افتتاح المعرض", "17:00 جولة الضيوف", "18:00 حفل التكريم"];
        foreach (var lines in new string[][] { [.. Story, .. programme], [Story[0], .. between, Story[1], Story[2]] })
        {
            var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
            Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
        }
    }

    // A feed's or an export's fields that copy the story (its description, its content cut
    // with «[+1234 chars]») go as repeats; a «Par name» above it is a foreign desk's byline.
    [Theory]
    [InlineData("description: {0}")]
    [InlineData("  \"content\": \"{1}… [+1234 chars]\",")]
    [InlineData("الوصف: {0}")]
    [InlineData("النص الكامل للخبر: {1}...")]
    [InlineData("Par عبدالرحمن الحمدان")]
    [InlineData("Oleh سارة الحربي")]
    public void A_field_that_copies_the_story_goes(string form)
    {
        var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, Story[0], Story[0][..70]);
        var lines = line.StartsWith("Par", StringComparison.Ordinal) || line.StartsWith("Oleh", StringComparison.Ordinal) ? [line, .. Story] : Story.Append(line);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    // A summary of the story's own under its paragraphs says something new and stays.
    [Fact]
    public void A_summary_that_copies_nothing_stays()
    {
        var summary = "الملخص: النادي أنهى صفقتين دفاعيتين قبل انطلاق الموسم.";
        string[] lines = [.. Story, summary];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
    }
}
