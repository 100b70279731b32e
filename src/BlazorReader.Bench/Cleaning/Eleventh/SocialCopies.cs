namespace BlazorReader.Bench.Cleaning.Eleventh;

// Stories copied out of social posts. A LinkedIn repost: the sharer's name and headline, how
// long ago, their words and hashtags above the story, the link card (title, site) at its foot,
// reactions and the action row. An Instagram caption: the account, a place, the handle written
// onto the caption's first words and «… المزيد» after them, hashtags, likes, comments, a date.
internal static class SocialCopies
{
    public static void LinkedIn(Dressing s)
    {
        var r = s.R;
        var sheet = s.Sheet;
        var above = new Spot(Zone.Above);
        var name = r.Chance(0.7) ? s.Person() : s.LatinPerson();
        var role = r.Next(3) switch
        {
            0 => $"{r.Pick("مدير", "رئيس قسم", "مستشار", "محلل", "باحث")} {r.Pick("التسويق", "الاتصال المؤسسي", "الموارد البشرية", "الأخبار", "الاستثمار")} {r.Pick("في", "لدى")} {s.OutletName()}",
            1 => $"Senior Editor at {s.Outlet.Latin}",
            _ => r.Pick("صحفي | كاتب | مدرب إعلامي", "مهتم بالتحول الرقمي والإعلام", "Journalist | Media Trainer"),
        };
        sheet.Put(above, NoiseKind.Byline, name + r.Pick("", " • الدرجة الأولى", " · 1st", " ✓", " • 2nd"), role);
        sheet.Put(above, NoiseKind.Dateline, s.Digits(r.Pick($"{CalendarWords.Inv(r.Between(1, 6))} {r.Pick("يوم", "أيام", "س", "أسبوع")} • {r.Pick("تم التعديل • ", "")}🌐",
            $"{CalendarWords.Inv(r.Between(1, 23))}h • Edited • 🌐", $"{CalendarWords.Inv(r.Between(1, 4))}w •")));
        if (r.Chance(0.7))
        {
            sheet.Put(above, NoiseKind.Share, r.Pick("أنصح بقراءة هذا المقال 👇", "خبر مهم يستحق القراءة", "سعدت بالمشاركة في هذا الإنجاز 🙏",
                "ما رأيكم؟ شاركوني آراءكم في التعليقات", "مقال يستحق التأمل 👇👇", "Worth a read 👇"));
        }
        if (r.Chance(0.6))
        {
            sheet.Put(above, NoiseKind.Tags, string.Join(' ', new[] { "#الإعلام", "#" + Outlets.CountryName(s.Outlet.Country), "#أخبار", "#رؤية", "#اقتصاد", "#تعليم" }
                .OrderBy(_ => r.Next(100)).Take(r.Between(2, 4))));
        }
        var foot = new Spot(Zone.Foot);
        if (r.Chance(0.6) && s.Title is not null)
        {
            sheet.Put(foot, NoiseKind.Headline, r.Chance(0.5) ? s.Title : HeadPieces.Cut(s.Title, r));
            sheet.Put(foot, NoiseKind.MoreLink, s.Outlet.Host + r.Pick("", s.Digits($" • قراءة {CalendarWords.Inv(r.Between(1, 6))} دقائق"), " • 🔗"));
        }
        sheet.Put(new Spot(Zone.Tail), NoiseKind.Counter, s.Digits(r.Pick(
            $"👍❤️ {CalendarWords.Inv(r.Between(3, 900))} · {CalendarWords.Inv(r.Between(0, 80))} تعليقاً · {CalendarWords.Inv(r.Between(0, 40))} إعادة نشر",
            $"{CalendarWords.Inv(r.Between(3, 900))} تفاعلاً", $"{CalendarWords.Inv(r.Between(3, 900))} reactions · {CalendarWords.Inv(r.Between(0, 80))} comments")));
        sheet.Put(new Spot(Zone.Tail), NoiseKind.Share, r.Pick("أعجبني   تعليق   إعادة نشر   إرسال", "Like · Comment · Repost · Send", "أعجبني | تعليق | مشاركة"));
    }

    public static void Instagram(Dressing s)
    {
        var r = s.R;
        var sheet = s.Sheet;
        var handle = new string([.. s.Outlet.Latin.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]) + r.Pick("", "_news", ".official", "_ar");
        sheet.Put(new Spot(Zone.Above), NoiseKind.Byline, handle + r.Pick(" • متابعة", " ✔ • Follow", " • Follow", "", " ✔"));
        if (r.Chance(0.5))
        {
            sheet.Put(new Spot(Zone.Above), NoiseKind.Dateline, $"{s.Outlet.City}{r.Pick("، ", ", ", " - ")}{Outlets.CountryName(s.Outlet.Country)}");
        }
        if (r.Chance(0.5))
        {
            sheet.Glue(0, true, new NoisePiece(NoiseKind.Byline, [handle]), r.Pick(" ", "  ", "\u00A0"));
        }
        if (r.Chance(0.25) && sheet.Count > 1)
        {
            sheet.Glue(0, false, new NoisePiece(NoiseKind.MoreLink, [r.Pick("... المزيد", "… more", "...المزيد")]), r.Pick(" ", ""));
        }
        var tags = new[] { "#" + Outlets.CountryName(s.Outlet.Country), "#أخبار", "#عاجل", "#" + s.Outlet.City.Replace(' ', '_'), "#news", "#خبر", "#اليوم" };
        sheet.Put(new Spot(Zone.Foot), NoiseKind.Tags, string.Join(' ', tags.OrderBy(_ => r.Next(100)).Take(r.Between(2, 6))));
        var tail = new Spot(Zone.Tail);
        if (r.Chance(0.6))
        {
            sheet.Put(tail, NoiseKind.Counter, r.Pick($"عرض جميع التعليقات البالغ عددها {s.Num(r.Between(3, 3000))}", $"View all {CalendarWords.Inv(r.Between(3, 3000))} comments",
                $"عرض كل التعليقات ({s.Num(r.Between(3, 3000))})"));
        }
        sheet.Put(tail, NoiseKind.Counter, r.Pick($"{s.Count(r.Between(10, 90000))} تسجيل إعجاب", $"{CalendarWords.Inv(r.Between(10, 90000))} likes",
            $"أعجب بها {s.Person()} و{s.Num(r.Between(10, 9000))} آخرون"));
        if (r.Chance(0.7))
        {
            sheet.Put(tail, NoiseKind.Dateline, r.Chance(0.5) ? CalendarWords.English(s.When, r).ToUpperInvariant() : r.Pick(CalendarWords.Day(s.When, s), CalendarWords.Ago(s)));
        }
        if (r.Chance(0.5))
        {
            sheet.Put(tail, NoiseKind.Share, r.Pick("أضف تعليقاً...", "Add a comment…", "إضافة تعليق...", "نشر"));
        }
    }
}
