namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// The chrome every news page carries, in wordings and orders of this catalogue's own: the
// headline with the paper's name, bylines, datelines, photo lines, read-also lines and
// teaser blocks, more-links, tags, share and counter rows, signatures and site footers.
internal static class StoryChrome
{
    public static void Headline(Page p)
    {
        var title = TextReferee.Normalize(p.Article.Title ?? "");
        if (title.Length < 5)
        {
            return;
        }
        p.Chrome(NoiseKind.Headline, p.R.Pick(
            $"{title} | {p.Paper}",
            $"صحيفة {p.Paper} {p.R.Separator("—", "-", "::")}{title}",
            p.R.Chance(0.5) ? $"{title} «{p.Paper}»" : $"{title} ({p.Paper})",
            $"{title} ‹ أخبار {p.Paper} الإلكترونية",
            $"[{p.Paper}] {title}"));
    }

    public static void Byline(Page p)
    {
        string Name() => DressingPools.PersonName(p.R);
        var role = p.R.Pick("محرر الشؤون المحلية", "مراسلنا", "الزميل", "محرر الصحة", "قسم التحقيقات");
        p.Chrome(NoiseKind.Byline, p.R.Pick(
            $"كتب{p.R.Pick(":", " ــ", "/")} {Name()} و{Name()}",
            $"إعداد: {Name()}{p.R.Separator("|", "·", "–")}تحرير: {Name()}",
            Name(),
            $"{Name()} ({role})",
            $"بقلم{p.R.Pick(":", "")} {Name()}، {p.R.Pick("كاتب صحفي", "باحث في الشؤون الاقتصادية", "مستشار قانوني")}",
            $"{p.R.Pick(DressingPools.Cities)}{p.R.Pick(" ـ ", ": ", " - ")}{Name()}{p.R.Pick(" و", " ، ")}{Name()}"));
    }

    // A dateline, glued to the lead behind a dash or colon, or on a line of its own.
    public static NoisePiece Dateline(Page p, bool glued)
    {
        var city = p.R.Pick(DressingPools.Cities);
        var agency = p.R.Pick(DressingPools.Agencies);
        var day = $"{p.Digits(p.Date.Day)} {Months.Name(p.R, p.Date.Month)} {p.Year(p.Date.Year)}";
        var text = p.R.Pick(
            $"{city} {p.R.Pick("–", "ـ", "-", "—")} {agency} {p.R.Pick("–", ":", "ـ")}",
            $"({agency}) {p.R.Pick("ـ", "–", "/")} {city}:",
            $"{city}، {day} ({agency}) —",
            $"{agency} {p.R.Separator("-", "/")}{city} {p.R.Separator("-", "/")}{day}:",
            $"{city}/ {p.R.Pick("خاص", "متابعات", "المحرر")}:",
            $"{city} ● {agency} ●",
            $"[{city}] {day} —");
        return new NoisePiece(NoiseKind.Dateline, [text], glued);
    }

    public static void PhotoLines(Page p)
    {
        var who = p.R.Chance(0.5) ? DressingPools.PersonName(p.R) : p.R.Pick(DressingPools.LatinAgencies);
        p.Chrome(NoiseKind.Caption, p.R.Pick(
            $"▲ {p.R.Pick("جانب من", "لقطة من", "صورة أرشيفية من")} {p.R.Pick("الاجتماع", "موقع الحادث", "المؤتمر الصحفي", "الافتتاح", "الجولة التفقدية")} {p.R.Pick("أمس", "اليوم", "")}".TrimEnd(),
            $"(الصورة: {p.R.Pick("من الأرشيف", "متداولة", "من الموقع")})",
            $"صورة {p.Digits(p.R.Between(1, 9))} من {p.Digits(p.R.Between(10, 24))} — {p.R.Pick("المشاركون في الفعالية في", "مقر الجهة في", "الموقع كما بدا في")} {p.R.Pick(DressingPools.Cities)}"));
        if (p.R.Chance(0.7))
        {
            p.Add(new NoisePiece(NoiseKind.Credit, [p.R.Pick($"عدسة {p.Paper} / {who}", $"📷 {who}", $"Photo: {who}", $"الصورة بإذن من {who}")]) { Credit = who });
        }
    }

    // A read-also line between paragraphs, or now and then a small block of two under a header.
    public static void ReadAlso(Page p)
    {
        if (p.R.Chance(0.25) && p.OtherTitles(2) is [_, _] pair)
        {
            var header = p.R.Pick("اقرأ في الموضوع نفسه:", "روابط ذات صلة", "▼ اقرأ أيضاً");
            p.Add(new NoisePiece(NoiseKind.ReadAlso, [header, .. pair.Select(t => p.R.Pick("» ", "- ", "") + t)]) { Teasers = pair });
            return;
        }
        if (p.OtherTitle() is not { } title)
        {
            return;
        }
        var line = p.R.Pick($"اقرأ كذلك ← {title}", $"(ذو صلة: {title})", $"» لا يفوتك: {title}", $"شاهد أيضاً | {title}", $"اقرأ أيضا:{title}");
        p.Add(new NoisePiece(NoiseKind.ReadAlso, [line]) { Teasers = [title] });
    }

    public static void TeaserBlock(Page p)
    {
        var titles = p.OtherTitles(p.R.Between(2, 4));
        if (titles.Count == 0)
        {
            return;
        }
        var header = p.R.Pick("الأكثر تداولاً هذا الأسبوع", $"المزيد من {p.Paper}", "قصص قد تهمك", "على الرابط نفسه", "تابعوا أيضاً:", "آخر ما نُشر في القسم");
        var numbered = p.R.Chance(0.5);
        List<string> lines = [header, .. titles.Select((t, i) => numbered ? $"{p.Digits(i + 1)}{p.R.Pick(". ", "- ", ") ")}{t}" : p.R.Pick("• ", "◂ ", "", "- ") + t)];
        p.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
    }

    // The story's source named at its foot: a credit a reader would strip with the chrome.
    public static void SourceCredit(Page p)
    {
        var source = p.R.Chance(0.7) ? p.R.Pick(DressingPools.Agencies) : p.R.Pick(DressingPools.LatinAgencies);
        p.Add(new NoisePiece(NoiseKind.Credit, [p.R.Pick($"الخبر من: {source}", $"بالتعاون مع {source}", $"(خدمة {source})", $"↺ عن {source} بتصرف")]) { Credit = source });
    }

    public static NoisePiece MoreLink(Page p, bool glued) => new(NoiseKind.MoreLink, [p.R.Pick(
        "… تابع القراءة",
        $"للاطلاع على الخبر كاملاً من موقع {p.Paper}",
        "(التفاصيل في الرابط)",
        $"رابط دائم: {p.R.Pick("https://", "")}{p.R.Letters(6, "abcdefghijklmnopqrstuvwxyz")}.sa/n/{p.R.Letters(7, "0123456789")}",
        "اقرأ القصة كاملة ⟵")], glued);

    public static void Tags(Page p)
    {
        var words = p.R.Pick<string[]>(["الصحة", "الرياض", "وزارة الداخلية", "التعليم"], ["اقتصاد", "أسواق", "النفط"], ["رياضة", "الدوري", "الهلال"], ["محليات", "أمانة جدة", "البلديات"]);
        var pick = words.OrderBy(_ => p.R.Next(100)).Take(p.R.Between(2, words.Length)).ToList();
        p.Chrome(NoiseKind.Tags, p.R.Pick(
            $"الوسوم{p.R.Pick(":", " ▾", "")} {string.Join(" ", pick.Select(w => "#" + w.Replace(' ', '_')))}",
            $"كلمات دالة — {string.Join("، ", pick)}",
            $"ملفات: {string.Join(" · ", pick)}"));
    }

    public static void Share(Page p) => p.Chrome(NoiseKind.Share, p.R.Pick(
        "شارك عبر: واتساب | إكس | تيليجرام | نسخ الرابط",
        "أرسل لصديق ✉ · اطبع 🖨 · شارك ↗",
        $"مشاركة {p.Digits(p.R.Between(3, 900))} ↗",
        "انسخ الرابط 🔗 تم النسخ"));

    public static void Counter(Page p) => p.Chrome(NoiseKind.Counter, p.R.Pick(
        $"👁 {p.Digits(p.R.Between(120, 48000))} مشاهدة",
        $"قرأه {p.Digits(p.R.Between(40, 9000))} زائر",
        $"{p.Digits(p.R.Between(0, 90))} تعليقاً · {p.Digits(p.R.Between(1, 400))} إعجاباً",
        $"التقييم {p.Digits(p.R.Between(2, 5))}/٥ ({p.Digits(p.R.Between(3, 300))} صوتاً)"));

    public static void Signature(Page p)
    {
        var name = DressingPools.PersonName(p.R);
        p.Chrome(NoiseKind.Signature, p.R.Pick(
            $"{name}، {p.R.Pick(DressingPools.Cities)}",
            $"— {name} | {p.Paper}",
            $"{name} {p.R.Letters(5, "abcdefghijklmnopqrstuvwxyz")}@{p.R.Pick("gmail.com", "hotmail.com", "outlook.sa")}"));
    }

    public static void Footer(Page p) => p.Chrome(NoiseKind.Footer, p.R.Pick(
        $"© {p.Year(2015)} {p.Paper} — يُمنع إعادة النشر دون إذن كتابي",
        "من نحن · سياسة الخصوصية · شروط الاستخدام · أعلن معنا",
        $"تصميم وتطوير {p.R.Pick("شركة الحلول الرقمية", "Tech4Media", "فريق الموقع")} — الإصدار {p.Digits(p.R.Between(2, 6))}.{p.Digits(p.R.Between(0, 9))}",
        $"جميع ما يُنشر في {p.Paper} يعبّر عن رأي كاتبه"));

    // A paragraph printed twice, as a botched paste does: the second copy is the noise.
    public static void Repeat(Page p, string paragraph) => p.Chrome(NoiseKind.Repeat, paragraph);
}
