namespace BlazorReader.Bench.Cleaning.Twentieth;

// The chrome any news page has, in wordings of its own: the headline written once more over
// the story, a byline, a read-also line naming another story, a block of other stories, a
// more-link glued to the last line, a source credit, the counter, share row, tags, footer and
// the editor's sign-off. Drawn a few at a time over whatever family dressed the page.
internal static class StoryLinks
{
    private static readonly string[] Channels = ["واتساب", "تيليجرام", "إكس", "فيسبوك", "بريد", "نسخ الرابط", "سناب شات"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            One(page, r, r.Next(11));
        }
    }

    private static void One(PageDraft page, DressingRandom r, int shape)
    {
        switch (shape)
        {
            case 0 when page.OtherTitle(r) is { } title:
                page.After(page.Gap(r), Entry.Teasers([$"{r.Pick("ذو صلة", "اقرأ في الموضوع ذاته", "على صلة", "قصة مرتبطة", "المزيد حول الموضوع")}{r.Separator(":", "←", "»", "|")}{title}"], [title], NoiseKind.ReadAlso));
                break;
            case 1:
                var titles = page.OtherTitles(r, r.Between(2, 5));
                if (titles.Count > 0)
                {
                    var heading = Typography.Stretch(r, r.Pick("الأكثر قراءة اليوم", "من القسم نفسه", "قصص قد تفوتك", "اخترنا لك", "مقالات مقترحة"));
                    var numbered = r.Chance(0.3);
                    var indic = r.Chance(0.4);
                    var bullet = Typography.Bullet(r);
                    var mark = r.Pick(". ", "- ", ") ");
                    page.Tail(Entry.Teasers([heading, .. titles.Select((t, n) => numbered ? $"{Rank(n + 1, indic)}{mark}{t}" : bullet + t)], titles));
                }
                break;
            case 2:
                page.GlueAfter(page.Paragraphs - 1, new NoisePiece(NoiseKind.MoreLink, [r.Pick("… تابع القراءة", "اقرأ التفاصيل ›", "(التفاصيل)", "للمزيد اضغط هنا", "… أكمل القراءة في الموقع")]), r.Pick(" ", "  ", "\u00A0"));
                break;
            case 3:
                var agency = r.Pick(DressingPools.Agencies);
                page.Tail(Entry.Credited(NoiseKind.Credit, $"{r.Pick("المصدر", "نقلاً عن", "الخبر عن", "بتصرف عن")}{r.Separator(":", "-", "")}{agency}", agency));
                break;
            case 4:
                page.Top(Entry.Noise(NoiseKind.Byline, $"{r.Pick("بقلم", "كتب", "إعداد", "تقرير", "متابعة")}{r.Separator(":", "-", "")}{DressingPools.PersonName(r)}{r.Pick("", " - " + r.Pick(DressingPools.Cities), " | " + r.Pick(DressingPools.Papers))}"));
                break;
            case 5:
                page.Tail(Entry.Noise(NoiseKind.Counter, $"{r.Pick("👁", "القراءات:", "شوهد", "عدد الزيارات")} {r.Number(r.Between(40, 120000))}{r.Pick("", " مرة", " · " + r.Number(r.Between(0, 90)) + " تعليقاً")}"));
                break;
            case 6:
                page.Tail(Entry.Noise(NoiseKind.Share, $"{r.Pick("شارك", "أرسل لصديق", "انشر")}{r.Pick(": ", " ", " :")}" + Typography.Join(r, Channels.OrderBy(_ => r.Next(50)).Take(r.Between(2, 5)))));
                break;
            case 7:
                var words = (page.Article.Title ?? "أخبار").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Take(r.Between(1, 4)).ToList();
                page.Tail(Entry.Noise(NoiseKind.Tags, r.Chance(0.5) ? string.Join(" ", words.Append(r.Pick("محليات", "السعودية")).Select(w => "#" + w.Trim('«', '»', '"', '(', ')', '،'))) : $"{r.Pick("وسوم", "الموضوعات", "ذات علاقة")}: {string.Join(r.Pick("، ", " / "), words.Append(r.Pick("محليات", "اقتصاد")))}"));
                break;
            case 8:
                page.Tail(Entry.Noise(NoiseKind.Footer, $"{r.Pick("©", "جميع الحقوق محفوظة", "حقوق النشر")} {Typography.Year(r, r.Between(2012, 2015))} {r.Pick(DressingPools.Papers)}{r.Pick("", ". يُمنع النسخ دون إذن.", " — الآراء الواردة تعبّر عن أصحابها")}"));
                break;
            case 9:
                page.AfterBody(Entry.Noise(NoiseKind.Signature, $"{r.Pick("تحرير", "مراجعة", "تدقيق", "ت.ن")}{r.Separator(":", "/", "")}{r.Pick("ع.س", "م.ع", "ر.ص", "ف ح", "هـ.ش")}{r.Pick("", " / " + r.Pick("خ م", "ن.ق", "س.ع"))}"));
                break;
            default:
                page.After(page.Gap(r), Entry.Noise(NoiseKind.Caption, r.Pick(0, 1, 2) switch
                {
                    0 => $"{r.Pick("▲", "صورة:", "◄", "")} {DressingPools.PersonName(r)} {r.Pick("خلال الجولة", "أثناء الاجتماع", "في موقع الحادث", "متحدثاً للصحفيين")}{r.Pick("", " (" + r.Pick(DressingPools.LatinAgencies) + ")", " - " + r.Pick(DressingPools.Agencies))}".Trim(),
                    1 => $"{r.Pick("صورة أرشيفية", "من الأرشيف", "صورة تعبيرية", "لقطة من الفيديو")}{r.Pick("", " — " + r.Pick(DressingPools.Agencies), " | تصوير: " + DressingPools.PersonName(r))}",
                    _ => $"{r.Pick("الشكل", "صورة", "انفوجراف")} ({r.Number(r.Between(1, 6))}){r.Separator(":", "-")}{r.Pick("جانب من المشروع", "خريطة الموقع", "أرقام العام الماضي", "المشاركون في الحفل")}",
                }));
                break;
        }
    }

    private static string Rank(int n, bool indic)
    {
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return indic ? DressingRandom.ToArabicIndic(text) : text;
    }
}
