namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A paste site: its menu, the paste's title, author, views, syntax and expiry, the raw /
// download / clone / embed / print row, then the paste, then the latest public pastes.
// Some pastes show line numbers: a number in front of a story line is the site's, not the
// story's, so it is labelled as a glued counter (and left unlabelled on chrome lines).
internal sealed class PasteFrame : Frame
{
    private DressingRandom r = new(0);
    private bool numbered;
    private bool indic;
    private string mark = ". ";
    private int line;

    protected override Func<string, string>? Wrap => numbered ? l => Number() + l : null;

    private string Number()
    {
        line++;
        var n = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (indic ? DressingRandom.ToArabicIndic(n) : n) + mark;
    }

    public override void Head(Page p, Story s)
    {
        r = p.R;
        numbered = r.Chance(0.5);
        indic = r.Chance(0.3);
        mark = r.Pick(". ", ".  ", ".\t", " | ", ") ");
        var site = r.Pick("لصق", "PasteAr", "الصق هنا", "نص.نت");
        p.Chrome(NoiseKind.Footer, Parts.Some(r, r.Pick(" | ", "  ", " · "), 3, 5, "+ لصق جديد", "API", "أدوات", "تسجيل الدخول", site));
        p.Chrome(NoiseKind.Headline, s.Title is not null && r.Chance(0.7) ? s.Title : r.Pick("بدون عنوان", "Untitled", "خبر منسوخ"));
        var meta = new List<string>
        {
            r.Pick("ضيف", "زائر", "A GUEST", "@" + s.Slug()),
            s.Day(),
            "المشاهدات: " + r.Number(r.Between(3, 9000)),
            r.Pick("١٫٢ ك.ب", "3.4 KB", "٢ ك.ب"),
        };
        p.Chrome(NoiseKind.Counter, string.Join(r.Pick(" · ", " | ", "   "), meta.OrderBy(_ => r.Next(9)).Take(r.Between(2, 4))));
        p.Chrome(NoiseKind.Footer, [$"{r.Pick("الصياغة", "Syntax")}: {r.Pick("بلا", "None", "نص عادي")}{r.Separator("|", "·")}{r.Pick("ينتهي", "الصلاحية")}: {r.Pick("أبداً", "Never", "بعد أسبوع")}", $"{r.Pick("معرّف اللصق", "ID")}: {r.Letters(8)}"]);
        p.Chrome(NoiseKind.Share, Parts.First(r, r.Pick(" | ", " ", " · "), 3, 6, "خام", "تنزيل", "استنساخ", "تضمين", "طباعة", "تبليغ"));
        p.Gap(0.8);
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        if (numbered)
        {
            p.Para(text, Number(), "", NoiseKind.Counter);
        }
        else
        {
            p.Para(text);
        }
    }

    public override void Tail(Page p, Story s)
    {
        numbered = false;
        p.Gap(0.9);
        if (r.Chance(0.6))
        {
            var others = s.Others(r.Between(2, 4));
            p.Chrome(NoiseKind.Teaser, [r.Pick("أحدث اللصقات العامة", "لصقات عامة", "Public Pastes"), .. others.Select(t => t + r.Pick(" | ", "\t") + r.Pick("بلا", "نص") + " | " + r.Pick(Story.Ago(r), r.Number(r.Between(1, 59)) + r.Pick(" ث", " د")))], teasers: others);
        }
        p.Chrome(NoiseKind.Footer, [$"© {Story.Plain(r, s.Date.Year)} {r.Pick("لصق", "PasteAr")} {r.Pick("— جميع الحقوق محفوظة", "")}".Trim(), Parts.Some(r, " | ", 3, 3, "الخصوصية", "الشروط", "تواصل", "تبليغ عن إساءة")]);
    }
}
