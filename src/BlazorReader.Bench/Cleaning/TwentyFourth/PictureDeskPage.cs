namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story copied from a picture desk's system: the photo's metadata fields (object name,
// caption, caption writer, picture number, rights, usage restrictions, keywords) pasted with
// the text, in Arabic or English labels, above the story, after the lead or at its foot.
internal sealed class PictureDeskPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        CommonChrome.Headline(p);
        if (r.Chance(0.5))
        {
            Fields(p);
        }
        if (r.Chance(0.5))
        {
            p.GlueBefore(0, NoiseKind.Dateline, CommonChrome.Dateline(p));
        }
        else if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Byline, CommonChrome.Byline(p));
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p) => p.R.Chance(0.5) ? [Fields] : [Caption];

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.4))
        {
            Fields(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.Credit(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.TeaserBlock(p);
        }
        CommonChrome.Footer(p);
    }

    // A single caption under a photo, with its credit in one of the ways desks print it.
    private static void Caption(PageDraft p)
    {
        var r = p.R;
        var who = r.Pick(DressingPools.LatinAgencies);
        var city = r.Pick(DressingPools.Cities);
        p.Noise(NoiseKind.Caption, r.Next(3) switch
        {
            0 => $"📷 {r.Pick("مشهد من", "جانب من", "لقطة من")} {city} ({who})",
            1 => $"الصورة{r.Separator(":")}{Wording.Person(r)} / {who}",
            _ => $"{r.Pick("مسؤولون خلال الجولة", "الموقع قبل بدء الأعمال", "حضور الحفل")} — عدسة: {Wording.Person(r)}",
        });
    }

    private static void Fields(PageDraft p)
    {
        var r = p.R;
        var english = r.Chance(0.35);
        var slug = $"{r.Pick("KSA", "SAUDI", "GULF", "MIDEAST")}-{r.Pick("HEALTH", "ECONOMY", "SPORT", "WEATHER", "EDUCATION", "HAJJ")}/{r.Pick("VISIT", "PROJECT", "MATCH", "RAIN")}";
        var number = r.Number(r.Between(1, 12)) + (r.Chance(0.5) ? $" من {r.Number(r.Between(12, 30))}" : "");
        var agency = r.Pick(DressingPools.LatinAgencies);
        var shooter = english ? Wording.Latin(r) : Wording.Person(r);
        var date = Wording.Date(r, p.When);
        List<string> lines = english
            ? [$"OBJECT NAME: {slug}", $"CAPTION WRITER: {r.Letters(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}/{r.Letters(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}", $"PICTURE {number}", $"CREDIT: {agency}/{shooter}", r.Pick("RESTRICTIONS: EDITORIAL USE ONLY. NO RESALES. NO ARCHIVES", "EDITORIAL USE ONLY", "NO SALES. NO ARCHIVES.")]
            : [$"اسم العنصر{r.Separator(":")}{slug}", $"كاتب التعليق: {Wording.Person(r)}", $"رقم الصورة: {number}", $"حقوق الصورة{r.Separator(":")}© {agency} / {shooter}", r.Pick("قيود الاستخدام: للاستخدام التحريري فقط", "يُحظر البيع أو الأرشفة", "لا يُسمح باستخدامها في الإعلانات")];
        var shown = lines.Where(_ => r.Chance(0.8)).ToList();
        if (r.Chance(0.5))
        {
            shown.Insert(0, $"{(english ? "DATE CREATED" : "تاريخ الالتقاط")}: {date}");
        }
        if (shown.Count == 0)
        {
            shown.Add(lines[3]);
        }
        p.Noise(NoiseKind.Caption, [.. shown]);
        if (r.Chance(0.6))
        {
            var words = Wording.Keywords(r, p, r.Between(2, 4));
            p.Noise(NoiseKind.Tags, (english ? "KEYWORDS: " : "الكلمات المفتاحية: ") + string.Join(r.Pick(", ", "؛ ", " | "), words));
        }
    }
}
