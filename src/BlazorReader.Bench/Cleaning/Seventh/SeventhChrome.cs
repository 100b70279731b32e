using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// The page's own lines below and beside a story: copyright and newsletter footers, consent
// and paywall banners, app and programme plugs, share and follow rows, counters and the
// forum's and newsletter's sign-offs. Each is built from parts, never one fixed string.
internal static class SeventhChrome
{
    private static readonly string[] Tools = ["طباعة", "أرسل لصديق", "حفظ", "نسخ الرابط", "تكبير الخط", "تصغير الخط"];

    public static NoisePiece Footer(DressingRandom r, int? shape = null)
    {
        var paper = r.Pick(r.Pick(DressingPools.Papers), r.Pick(Portals), r.Pick(Broadcasters));
        var year = r.Number(r.Between(2013, 2016));
        List<string> lines = (shape ?? r.Next(8)) switch
        {
            0 => [r.Pick($"© {year} {paper}", $"جميع الحقوق محفوظة{r.Separator("-", "|", "©")}{paper} {year}", $"{r.Pick("حقوق النشر", "الحقوق")} © {paper} {year}{r.Pick("", ". جميع الحقوق محفوظة")}")],
            1 => [$"{r.Pick("لإلغاء الاشتراك", "لإلغاء اشتراكك", "إلغاء الاشتراك")} {r.Pick("في النشرة البريدية", "من القائمة البريدية", "")} {r.Pick("اضغط هنا", "انقر هنا", "من هنا")}",
                .. r.Chance(0.5) ? new[] { $"{r.Pick("وصلتك هذه الرسالة", "تصلك هذه الرسالة")} لأنك {r.Pick("مشترك", "سجلت")} في نشرة {paper} {r.Pick("اليومية", "الأسبوعية", "الصباحية")}" } : []],
            2 => [$"{r.Pick("يستخدم هذا الموقع", "نستخدم")} ملفات تعريف الارتباط{r.Pick(" (الكوكيز)", "")} {r.Pick("لتحسين تجربتك", "لتقديم أفضل تجربة")}.", r.Pick("[ موافق ]", "أوافق ✓", "قبول | إعدادات", "حسنا، فهمت")],
            3 => [$"{r.Pick("هذا المحتوى", "هذه المادة")} {r.Pick("حصري للمشتركين", "متاح للمشتركين فقط")}{r.Separator(".", "-")}{r.Pick("اشترك الآن", "اشترك")} {r.Pick("بـ", "مقابل ")}{r.Number(r.Between(5, 49))} {r.Pick("ريال", "دولار")} {r.Pick("شهريا", "في الشهر")}",
                .. r.Chance(0.5) ? new[] { $"لقد قرأت {r.Number(r.Between(2, 5))} من {r.Number(r.Between(5, 10))} {r.Pick("مقالات مجانية", "مقالات")} هذا الشهر" } : []],
            4 => [$"{r.Pick("حمّل", "حمل", "نزّل")} تطبيق {paper} {r.Pick("على آيفون وأندرويد", "من متجر آبل وجوجل بلاي", "مجانا")}"],
            5 => [$"{r.Pick("شاهد", "تابع")} {r.Pick("برنامج", "حلقة")} «{r.Pick(Programmes)}» {r.Pick("يوميا", "كل خميس", "مساء الجمعة")} {r.Pick("الساعة", "في")} {Time(r)} {r.Pick("بتوقيت غرينتش", "بتوقيت مكة", "ت غ")}{r.Pick("", " على " + r.Pick(Broadcasters))}"],
            6 => [r.Pick("[ إعلان ]", "- إعلان -", "Advertisement", "مساحة إعلانية", "إعلانات جوجل")],
            _ => [$"{r.Pick("الآراء الواردة", "التعليقات المنشورة")} {r.Pick("تعبر عن رأي أصحابها", "لا تعبر بالضرورة عن رأي")}{r.Pick("", " " + paper)}"],
        };
        return new NoisePiece(NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l))]);
    }

    public static NoisePiece Share(DressingRandom r)
    {
        var networks = Networks.OrderBy(_ => r.Next(1000)).Take(r.Between(2, 6)).ToList();
        var line = r.Next(6) switch
        {
            0 => r.Pick("شارك", "شارك الخبر", "مشاركة", "انشر") + r.Separator(":", "", "|") + string.Join(r.Separator("|", "", "•"), networks),
            1 => $"{r.Pick("تابعونا على", "تابعوا", "تابعنا على")} {string.Join(r.Pick(" و", "، ", " | "), networks.Take(3))}{r.Pick("", " @" + r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz_"))}",
            2 => r.Pick("رد مع اقتباس", "اقتباس متعدد", "رد سريع") + r.Pick("", " | " + r.Pick("أدوات الموضوع", "إبلاغ", "تقييم الموضوع")),
            3 => string.Join(r.Separator("|", "•", "·"), Tools.OrderBy(_ => r.Next(1000)).Take(r.Between(2, 4))),
            4 => $"{r.Pick("انضم إلى", "اشترك في")} {r.Pick("قناتنا على", "مجموعتنا على")} {r.Pick("تلغرام", "واتساب", "يوتيوب")}{r.Pick(" لتصلك الأخبار أولا بأول", "", " مجانا")}",
            _ => string.Join(" ", networks),
        };
        return new NoisePiece(NoiseKind.Share, [r.Scuff(line)]);
    }

    public static NoisePiece Counter(DressingRandom r)
    {
        var line = r.Next(6) switch
        {
            0 => $"{r.Pick("عدد القراءات", "المشاهدات", "القراء", "عدد المشاهدات")}{r.Separator(":", "")}{r.Number(r.Between(3, 95000))}",
            1 => $"{r.Pick("👁", "👁️", "◉")} {r.Number(r.Between(3, 95000))}{r.Pick("", "  💬 " + r.Number(r.Between(0, 80)))}",
            2 => $"{r.Pick("التعليقات", "تعليقات", "الردود")} ({r.Number(r.Between(0, 300))})",
            3 => $"{r.Pick("أعجبني", "إعجاب")} {r.Number(r.Between(0, 900))}{r.Separator("|")}{r.Pick("لم يعجبني", "لا يعجبني")} {r.Number(r.Between(0, 90))}",
            4 => $"{r.Pick("المشاهدات", "الزيارات")}: {r.Number(r.Between(10, 9000))}{r.Separator("|")}{r.Pick("الردود", "المشاركات")}: {r.Number(r.Between(0, 200))}",
            _ => $"{r.Number(r.Between(2, 5000))} {r.Pick("شخصا قرأوا هذا الخبر", "قراءة", "مشاركة", "زيارة")}",
        };
        return new NoisePiece(NoiseKind.Counter, [r.Scuff(line)]);
    }

    // A sports page's match card, flattened into lines of teams, a score and the minute.
    public static NoisePiece MatchCard(DressingRandom r)
    {
        var teams = Teams.OrderBy(_ => r.Next(1000)).Take(2).ToList();
        var score = $"{r.Number(r.Between(0, 5))}{r.Pick(" - ", " : ", "-", " – ")}{r.Number(r.Between(0, 5))}";
        var state = r.Pick("انتهت المباراة", "نهاية المباراة", $"الشوط الثاني {r.Number(r.Between(46, 90))}'", $"الدقيقة {r.Number(r.Between(1, 45))}'", "FT", "مباشر ●");
        var stadium = r.Pick("ملعب الملك فهد الدولي", "استاد الجوهرة", "ستاد عمان الدولي", "ملعب الأمير فيصل بن فهد", "استاد المريخ");
        // The scorer finds a labelled line inside whatever noise was left: a team's name alone
        // would match any left teaser about it, so each line carries its figures too.
        List<string> lines = r.Chance(0.5)
            ? [$"{teams[0]} {r.Number(r.Between(0, 5))}", $"{teams[1]} {r.Number(r.Between(0, 5))}", $"{state} · {stadium}"]
            : [$"{teams[0]} {score} {teams[1]}", $"{state}{r.Separator("|", "-", "·")}{stadium}"];
        return new NoisePiece(NoiseKind.Counter, [.. lines.Select(l => r.Scuff(l))]);
    }

    // Sign-offs: a forum member's signature block, «منقول», thanks lines, a newsletter's «مع تحيات».
    public static NoisePiece Signature(DressingRandom r)
    {
        var member = $"{r.Pick("أبو", "ابن", "")}{r.Pick(DressingPools.FirstNames)}{r.Pick("", "_" + r.Number(r.Between(1, 99)), " " + r.Pick(DressingPools.FamilyNames))}".Trim();
        List<string> lines = r.Next(6) switch
        {
            0 => [r.Pick("~ منقول ~", "منقول للفائدة", "منقووول", "منقول من مصدره", "للأمانة منقول")],
            1 => [r.Pick("التوقيع", "__________________", "ـــــــــــــــــــــــ"), r.Pick("سبحان الله وبحمده سبحان الله العظيم", "اللهم صل وسلم على نبينا محمد", "لا إله إلا أنت سبحانك إني كنت من الظالمين", "الحمد لله دائما وأبدا")],
            2 => [$"{r.Pick("الأعضاء الذين شكروا", "شكر")} {member} {r.Pick("على المشاركة", "على هذه المشاركة", "")}:".Replace(" :", ":", StringComparison.Ordinal),
                string.Join(r.Pick("، ", " , ", " "), Enumerable.Range(0, r.Between(1, 4)).Select(_ => r.Pick(DressingPools.FirstNames) + r.Pick("", r.Number(r.Between(1, 99)))))],
            3 => [$"{r.Pick("شكرا", "يعطيك العافية", "مشكور", "جزاك الله خير")} {r.Pick("على النقل", "على الخبر", "أخي", "")} {member}".Replace("  ", " ", StringComparison.Ordinal)],
            4 => [$"{r.Pick("مع تحيات", "تحيات")} {r.Pick("فريق تحرير", "أسرة تحرير", "فريق")} {r.Pick(r.Pick(DressingPools.Papers), r.Pick(Portals))}"],
            _ => [r.Pick("-انتهى-", "(انتهى)", "ـ انتهى ـ", "//انتهى//"), .. r.Chance(0.4) ? new[] { $"({r.Pick("م", "ع", "خ")}{r.Pick(" ", "")}{r.Pick("ب", "ع", "س")})" } : []],
        };
        return new NoisePiece(NoiseKind.Signature, [.. lines.Select(l => r.Scuff(l))]);
    }

    // A word list under the story; the words are the story's own, so it matches what it labels.
    public static NoisePiece Tags(SeventhPage p)
    {
        var r = p.R;
        var words = p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !w.Any(char.IsPunctuation)).Distinct().OrderBy(_ => r.Next(1000)).Take(r.Between(2, 5)).ToList();
        if (words.Count == 0)
        {
            words.Add(r.Pick(Menu));
        }
        var line = r.Next(4) switch
        {
            0 => r.Pick("الكلمات الدلالية", "الكلمات المفتاحية", "وسوم", "كلمات البحث") + r.Separator(":", "") + string.Join(r.Pick("، ", " , ", " | ", " "), words),
            1 => string.Join(" ", words.Select(w => "#" + w)),
            2 => $"{r.Pick("التصنيف", "القسم", "تصنيفات")}: {r.Pick(Menu)}{r.Pick("", "، " + r.Pick(Menu))}",
            _ => $"{r.Pick("مواضيع", "وسوم")}:{r.Pick(" ", "\u00A0")}{string.Join(" - ", words)}",
        };
        return new NoisePiece(NoiseKind.Tags, [r.Scuff(line)]);
    }
}
