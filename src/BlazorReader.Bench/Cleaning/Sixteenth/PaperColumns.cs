namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story copied from a paper's local page with the columns printed beside it: the edition
// line, the section, then obituaries, condolences and classified notices (other people's
// texts, never the story's), and the paper's «advertise here».
internal static class PaperColumns
{
    private static readonly string[] Districts = ["حي النسيم", "حي الملقا", "حي الروضة", "حي العزيزية", "حي الصفا", "حي الشاطئ"];

    private static readonly string[] Sections = ["محليات", "المحليات", "الوطن", "مناطق", "متابعات"];

    public static void Write(Page page)
    {
        var r = page.R;
        var (paper, _) = Sites.Pick(r);
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Dateline, r.Pick("العدد ", "العدد رقم ", "Issue ") + r.Number(r.Between(12000, 17999)) + r.Separator("-", "|", "،") + Dates.Any(Dates.Of(page), r));
        }
        if (r.Chance(0.5))
        {
            page.Add(new NoisePiece(NoiseKind.Credit, [r.Pick(Sections) + r.Pick(" | ", " - ", " › ") + "صحيفة " + paper]) { Credit = paper });
        }
        if (page.Title.Length > 0 && r.Chance(0.7))
        {
            page.Add(NoiseKind.Headline, page.Title);
        }
        StoryWriter.Write(page, leadPrefix: r.Chance(0.4) ? Sites.Dateline(r) : null);
        var columns = new List<Action> { () => Obituary(page), () => Condolence(page), () => Classified(page) };
        foreach (var column in columns.Where(_ => r.Chance(0.45)))
        {
            column();
        }
        if (r.Chance(0.35))
        {
            page.Add(NoiseKind.Footer, r.Pick("ضع إعلانك هنا", "للإعلان في الصحيفة: ", "للاشتراك والإعلان اتصل على ") + r.Pick("", r.Number(920000000 + r.Next(99999))));
        }
    }

    private static void Obituary(Page page)
    {
        var r = page.R;
        var name = DressingPools.PersonName(r);
        page.Add(NoiseKind.Teaser, r.Pick("وفيات", "الوفيات", "نعي"),
            $"{r.Pick("إنا لله وإنا إليه راجعون، ", "")}{r.Pick("أعلنت أسرة ", "تنعى أسرة ")}{name.Split(' ')[^1]} وفاة {name}{r.Pick("، ", " ")}{r.Pick("والصلاة بعد صلاة العصر في جامع الراجحي", "والدفن في مقبرة النسيم", "عن عمر ناهز " + r.Number(r.Between(55, 95)) + " عاماً")}{r.Pick(".", "", ".")}",
            $"{r.Pick("والعزاء في ", "ويقام العزاء في ")}{r.Pick(Districts)}{r.Pick(" بالرياض", " بجدة", "")}{r.Pick("", " لمدة ثلاثة أيام")}");
    }

    private static void Condolence(Page page)
    {
        var r = page.R;
        var family = r.Pick(DressingPools.FamilyNames);
        page.Add(NoiseKind.Teaser, r.Pick("تعزية", "تعاز", "مواساة"),
            $"{r.Pick("تتقدم أسرة ", "يتقدم أبناء ")}{family}{r.Pick(" بخالص العزاء والمواساة إلى ", " بأحر التعازي إلى ")}{DressingPools.PersonName(r)}{r.Pick(" في وفاة والده", " في وفاة والدته", "")}{r.Pick(" رحمه الله", " تغمده الله بواسع رحمته", "")}");
    }

    private static void Classified(Page page)
    {
        var r = page.R;
        var phone = "05" + r.Letters(8, "0123456789");
        page.Add(NoiseKind.Teaser, r.Pick("إعلانات مبوبة", "مبوب", "إعلانات"),
            $"{r.Pick("للبيع: أرض سكنية في ", "للإيجار: شقة عوائل في ", "مطلوب سائق خاص للعمل في ", "للبيع: استراحة في ")}{r.Pick(Districts)}{r.Pick("", " مساحة " + r.Number(r.Between(300, 900)) + " م٢")}",
            $"{r.Pick("للتواصل: ", "جوال ", "ت: ")}{(r.Chance(0.35) ? DressingRandom.ToArabicIndic(phone) : phone)}");
    }
}
