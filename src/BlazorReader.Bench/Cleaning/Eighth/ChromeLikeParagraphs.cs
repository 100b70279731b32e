using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighth;

// Story paragraphs that a careless rule would take for chrome, added to the body of some
// dressed articles: a source quoted («وقال المصدر:», «المصدر نفسه أشار إلى أن»), a time stated
// in a sentence, a closing line that quotes a hashtag or an address, an editor's correction
// that is part of the story (unlike a CMS's «آخر تحديث»), an aside between dashes, and the
// story's own list of short lines. All are body: a reader would miss them if they went.
internal static class ChromeLikeParagraphs
{
    public static void Add(DressingRandom r, EighthContext c, EighthPage page)
    {
        var topic = "ملف " + (EighthFeed.TitleWords(c.Title).Where(w => w.Length >= 5).FirstOrDefault() ?? "القضية");
        var day = r.Pick(EighthWords.Weekdays);
        var lines = r.Next(8) switch
        {
            0 => [$"وقال المصدر: «إن الإجراءات المتعلقة بـ{topic} تسير وفق الخطة المعتمدة، ولا صحة لما تداولته بعض الحسابات»."],
            1 => [$"المصدر نفسه أشار إلى أن {topic} سيكون على جدول أعمال الاجتماع المقبل، وأن القرار النهائي لم يتخذ بعد."],
            2 => [$"ومن المقرر أن تبدأ الأعمال عند الساعة {EighthDates.Time(r)} من صباح يوم {day} المقبل، بحسب ما أعلنته الجهة المنظمة."],
            3 => [$"وتفاعل مغردون مع الخبر عبر وسم #{EighthFeed.TitleWords(c.Title).FirstOrDefault()?.Replace(' ', '_') ?? "عاجل"}، مطالبين بمزيد من الإيضاحات حول {topic}."],
            4 => [$"ودعت الجهة الراغبين في الاطلاع على التفاصيل إلى زيارة موقعها الإلكتروني {EighthWords.Host(r, c.Paper.Slug)}{r.Pick("", "/ar", "/news")} أو الاتصال بالرقم المجاني {EighthDates.Digits(r, r.Between(800100, 800999))}."],
            5 => [$"تصحيح: ذكرت نسخة سابقة من هذا الخبر أن الموعد يوم {day}، والصحيح أنه يوم {r.Pick(EighthWords.Weekdays.Where(d => d != day).ToArray())}، ونعتذر لقرائنا عن هذا الخطأ."],
            6 => [$"وأوضح {r.Pick("– في تصريح خاص –", "- في حديث هاتفي -", "— بحسب بيان رسمي —")} أن العمل جارٍ على استكمال ما يتعلق بـ{topic} خلال الفترة المقبلة."],
            _ => OwnList(r, topic),
        };
        // A correction, a hashtag or an address closes the story; the others sit inside it.
        var at = lines[0].StartsWith("تصحيح", StringComparison.Ordinal) || lines[0].Contains('#', StringComparison.Ordinal) || lines[0].Contains("الموقع", StringComparison.Ordinal) || page.StoryCount < 2
            ? page.StoryCount : r.Between(1, page.StoryCount - 1);
        foreach (var line in lines.AsEnumerable().Reverse())
        {
            page.InsertStory(at, new PagePart([line], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line))));
        }
    }

    private static string[] OwnList(DressingRandom r, string topic)
    {
        var mark = r.Pick("- ", "• ", "", "* ");
        var numbered = mark.Length == 0;
        var places = DressingPools.Cities.OrderBy(_ => r.Next(1000)).Take(r.Between(2, 4)).ToList();
        var intro = $"وتشمل المرحلة الأولى من {topic} {r.Pick("المدن التالية", "المواقع الآتية", "كلاً من")}:";
        return [intro, .. places.Select((p, i) => (numbered ? DressingRandom.ToArabicIndic($"{i + 1}") + "- " : mark) + p)];
    }
}
