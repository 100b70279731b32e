namespace BlazorReader.Bench.Cleaning.Sealed;

// The page's own lines below a story: rights and disclaimers, newsletter and forward marks,
// view and comment counts, end-of-copy sign-offs.
internal static class SealedFootChrome
{
    public static NoisePiece Footer(DressingRandom r)
    {
        var site = r.Pick(SealedWords.Portals);
        var year = SealedWords.Year(r);
        var lines = new List<string>();
        var count = r.Chance(0.3) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            lines.Add(r.Scuff(r.Next(8) switch
            {
                0 => r.Pick("©", "(c)", "Copyright ©", "حقوق النشر ©") + " " + year + r.Pick(" ", " - ", "-") + site + r.Pick("", ". جميع الحقوق محفوظة", " | كل الحقوق محفوظة"),
                1 => r.Pick("جميع الحقوق محفوظة", "الحقوق كافة محفوظة", "كل الحقوق محفوظة") + r.Pick(" لـ", " لموقع ", " لصحيفة ") + site + r.Pick("", " " + year, " © " + year),
                2 => r.Pick("يُسمح بإعادة النشر", "يسمح بالنقل", "لا مانع من الاقتباس", "لا مانع من النقل") + r.Pick(" بشرط", " شريطة", " مع") + r.Pick(" ذكر المصدر", " الإشارة إلى المصدر", " الإشارة إلى " + site),
                3 => r.Pick("المقالات والتعليقات", "التعليقات المنشورة", "الآراء الواردة") + r.Pick(" تعبر عن رأي أصحابها ولا تمثل الموقع", " لا تعبر بالضرورة عن رأي " + site),
                4 => r.Pick("هذا الخبر منقول من", "هذا المحتوى مأخوذ من") + " " + site + r.Pick(" وقد قام", " وقام") + " " + r.Pick(SealedWords.Portals) + r.Pick(" بنقله آلياً", " بنشره كما هو") + r.Pick(" دون تعديل", "", " ولا يتحمل مسؤوليته"),
                5 => r.Pick("وصلتك هذه الرسالة لأنك مشترك في", "تلقيت هذه النشرة لاشتراكك في") + r.Pick(" نشرة ", " القائمة البريدية لموقع ") + site + SealedWords.Sep(r, ".", "،", "-") + r.Pick("لإلغاء الاشتراك", "إلغاء الاشتراك من هنا"),
                6 => r.Pick("تصميم وتطوير", "برمجة وتصميم", "Powered by") + SealedWords.Sep(r, ":", "", "-") + r.Pick("شركة الرواد للحلول الرقمية", "نبض ويب", "WebNile", "ArabCMS") + " " + year,
                _ => r.Pick("تمت إعادة توجيهه", "↪ تمت إعادة التوجيه", "منقول", "انشر تؤجر", "رسالة معاد توجيهها") + r.Pick("", " 🔁", " ..."),
            }));
        }
        return new NoisePiece(NoiseKind.Footer, lines);
    }

    public static NoisePiece Counter(DressingRandom r)
    {
        string Unit(int kind) => kind switch
        {
            0 => SealedWords.Icon(r, "👁", "👁‍🗨", "👀") + N(r.Between(40, 90000)) + r.Pick(" مشاهدة", " قراءة", " زيارة", " مشاهدات"),
            1 => r.Pick("عدد القراءات", "عدد المشاهدات", "قرأ هذا الخبر", "الزوار") + SealedWords.Sep(r, ":", "") + N(r.Between(10, 90000)),
            2 => r.Pick("التعليقات", "تعليقات", "الردود") + Paired(r, N(r.Between(0, 300))),
            3 => N(r.Between(1, 9000)) + r.Pick(" إعجاب", " أعجبني", " تفاعل", " like"),
            4 => r.Pick("وقت القراءة", "مدة القراءة") + SealedWords.Sep(r, ":", "") + N(r.Between(1, 12)) + r.Pick(" دقائق", " دقيقة", " د"),
            5 => N(r.Between(1, 12)) + r.Pick(" دقائق للقراءة", " دقيقة قراءة", " min read"),
            _ => r.Pick("👁 ", "views ", "") + N(r.Between(1, 99)) + "." + N(r.Between(1, 9)) + r.Pick("K", " ألف", "k"),
        };
        // Views, comments, likes, reading time: each at most once on a line.
        int[][] families = [[0, 1, 6], [2], [3], [4, 5]];
        var count = r.Between(1, 3);
        var parts = families.OrderBy(_ => r.Next(1000)).ToList().Take(count).Select(f => Unit(r.Pick(f))).ToList();
        var separator = r.Pick("   ", " | ", " • ", "  ·  ", " ، ");
        var lines = r.Chance(0.25) ? parts : [string.Join(separator, parts)];
        // One script for the digits of the whole line, as a page prints them.
        var arabic = r.Chance(0.35);
        return new NoisePiece(NoiseKind.Counter, [.. lines.Select(l => r.Scuff(arabic ? DressingRandom.ToArabicIndic(l) : l))]);
    }

    private static string Paired(DressingRandom r, string n) => r.Pick(" (" + n + ")", "(" + n + ")", ": " + n);

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static NoisePiece Signature(DressingRandom r)
    {
        var line = r.Next(5) switch
        {
            0 => r.Pick("/انتهى/", "ـ انتهى ـ", "(انتهى)", "--انتهى--", "//انتهى//"),
            1 => r.Pick("/{0}/", "({0})", "ـ {0} ـ").Replace("{0}", r.Letters(r.Between(2, 3), "أبتجحدرسعفقلمنهو") + r.Pick(".", "/", " ") + r.Letters(2, "أبتجحدرسعفقلمنهو"), StringComparison.Ordinal),
            2 => r.Pick("سونا", "بترا", "كونا", "وفا", "العمانية") + r.Pick("/", " ") + r.Letters(2, "أبتجحدرسعفقلمنهو") + r.Pick("/", " ") + r.Number(r.Between(1, 23)) + ":" + r.Number(r.Between(10, 59)),
            3 => r.Pick("تحرير", "مراجعة", "تدقيق") + SealedWords.Sep(r, ":", "/") + SealedWords.Person(r),
            _ => r.Pick("🔚", "■", "◾", "***", "✦") + r.Pick("", " " + r.Pick(SealedWords.Portals)),
        };
        return new NoisePiece(NoiseKind.Signature, [r.Scuff(line, 0.2)]);
    }
}
