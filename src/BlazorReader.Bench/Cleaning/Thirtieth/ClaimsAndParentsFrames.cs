namespace BlazorReader.Bench.Cleaning.Thirtieth;

// An insurance-claims portal whose news card carried the story: claim and policy numbers,
// status steps, upload prompts; its tail is the portal's menu and the user's other claims.
internal sealed class ClaimsPortalFrame : Frame
{
    private static readonly string[] Steps = ["تم الاستلام", "قيد المراجعة", "التقييم", "الاعتماد", "الصرف"];

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        var company = r.Pick("شركة ", "مجموعة ", "") + r.Pick("الأمان", "الدرع", "الوطنية", "التكافل", "الخليج") + r.Pick(" للتأمين", " للتأمين التعاوني", " تكافل");
        page.Chrome(NoiseKind.Footer, r.Pick("بوابة المطالبات", "خدمات العملاء", "مطالباتي") + r.Separator("|", "—", "·") + company);
        var claim = Ref(f, r.Pick("CLM", "مط"));
        page.Chrome(NoiseKind.Counter, r.Pick("رقم المطالبة: ", "المطالبة رقم ", "Claim # ") + claim + r.Pick(" · ", " | ") + r.Pick("رقم الوثيقة ", "الوثيقة: ", "Policy ") + Ref(f, "POL"));
        var at = r.Between(1, 4);
        page.Chrome(NoiseKind.Counter, string.Join(r.Pick(" ← ", " > ", " — ", "  "), Steps.Select((s, i) => (i < at ? "✓ " : i == at ? "● " : "○ ") + s)));
        if (r.Chance(0.5))
        {
            page.Chrome(NoiseKind.Footer, r.Pick("أخبار وتنبيهات", "آخر الأخبار", "أخبار التأمين", "مركز الأخبار"));
        }
    }

    // An upload prompt (a button) or the claim's last update (a status row).
    public override void Between(Page page, StoryFacts f)
    {
        if (f.R.Chance(0.5))
        {
            page.Chrome(NoiseKind.Share, "📎 " + f.R.Pick("أرفق المستندات المطلوبة", "رفع صورة الفاتورة", "إضافة تقرير الحادث"));
            return;
        }
        page.Chrome(NoiseKind.Counter, "آخر تحديث للمطالبة: " + f.Gregorian(f.Day) + " " + f.Clock());
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, f.Menu(" | ", 3, 5, "رفع مطالبة جديدة", "تتبع مطالبة", "وثائقي", "الفواتير", "الدعم"));
        if (r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Counter, Ref(f, "CLM") + " · " + r.Pick("مغلقة", "مدفوعة", "مرفوضة", "بانتظار مستندات") + " · " + N(f, 300, 45000) + r.Pick(" ريال", " ر.س", " SAR"));
        }
        page.Chrome(NoiseKind.Footer, r.Pick("هل تحتاج مساعدة؟ ", "مركز الاتصال: ", "للاستفسار ") + f.Digits(r.Pick("8001240000", "920000", "8004400")) + r.Pick("", " (24/7)"));
    }
}

// A school's parents' app: the child's attendance, homework and teachers' messages round a
// news item the school shared; its tail is the app's tab bar and unread count.
internal sealed class ParentsAppFrame : Frame
{
    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        var school = r.Pick("مدارس ", "مدرسة ", "مجمع ") + r.Pick("الرواد", "الفلاح", "المنارة", "دار الفكر", "الأندلس", "النخبة") + r.Pick(" الأهلية", " العالمية", "");
        page.Chrome(NoiseKind.Footer, school + r.Separator("—", "|", "·") + r.Pick("تطبيق ولي الأمر", "بوابة أولياء الأمور", "Parents App"));
        var girl = r.Chance(0.5);
        page.Chrome(NoiseKind.Counter, (girl ? r.Pick("الطالبة", "الابنة") : r.Pick("الطالب", "الابن")) + ": " + StoryFacts.FirstName(r, girl) + r.Pick(" · الصف ", " — الصف ") + r.Pick("الثالث", "الخامس", "الأول المتوسط", "الثاني الثانوي") + " " + r.Pick("أ", "ب", "/2", ""));
        page.Chrome(NoiseKind.Counter, r.Pick("الحضور اليوم: ", "حالة اليوم: ") + (girl ? r.Pick("حاضرة ✓", "متأخرة ⏰") : r.Pick("حاضر ✓", "متأخر ⏰")) + r.Pick(" · ", " | ") + r.Pick("أيام الغياب هذا الفصل: ", "أيام الغياب: ", "عدد أيام الغياب: ") + N(f, 0, 9));
    }

    public override void Between(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, r.Chance(0.5)
            ? "📚 " + r.Pick("واجب جديد", "مهمة جديدة") + ": " + r.Pick("الرياضيات", "لغتي", "العلوم", "الإنجليزي") + r.Pick(" — التسليم ", " · آخر موعد ") + StoryFacts.Weekday(f.Day.AddDays(2))
            : "✉ " + r.Pick("رسالة من المعلمة ", "رسالة من الأستاذ ", "من الإدارة: ") + StoryFacts.Name(r, r.Chance(0.6)) + r.Pick(" — اضغط للقراءة", " (غير مقروءة)", ""));
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        if (r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Share, r.Pick("تأكيد الاطلاع ✔", "تم الاطلاع", "👍 إعجاب · 💬 رد على المدرسة"));
        }
        page.Chrome(NoiseKind.Footer, f.Menu(r.Pick(" | ", "  ", " · "), 3, 5, "الرئيسية", "الواجبات", "الدرجات", "الرسائل", "الأخبار", "الجدول"));
        page.Chrome(NoiseKind.Counter, r.Pick("الإشعارات: ", "🔔 ") + N(f, 1, 30) + r.Pick(" غير مقروءة", " جديدة"));
    }
}
