using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A spreadsheet export (a scraping sheet, an editor's planning sheet): sheet tabs and a header
// row, then the story one paragraph a row in its text column, the row's other cells (number,
// date, section, status) glued before and after it by tabs or commas.
internal sealed class SheetFrame : Frame
{
    private string cell = "\t";
    private int row;
    private string section = "";

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        cell = r.Pick("\t", "\t", ",", ";");
        section = r.Pick("محليات", "اقتصاد", "رياضة", "منوعات", "local", "news");
        row = r.Between(2, 180);
        page.Chrome(NoiseKind.Footer, f.Menu(r.Pick(" | ", "  ", " · "), 2, 3, r.Pick("ورقة1", "Sheet1"), "أخبار_" + r.Pick("يوليو", "أغسطس", "الأسبوع"), r.Pick("الأرشيف", "مراجعة", "Data")));
        page.Chrome(NoiseKind.Footer, string.Join(cell, r.Pick("#", "م", "row"), r.Pick("التاريخ", "date"), r.Pick("القسم", "section"), r.Pick("النص", "المحتوى", "content")) + (r.Chance(0.4) ? cell + r.Pick("الحالة", "status") : ""));
    }

    public override void Paragraph(Page page, StoryFacts f, string text, string? written)
    {
        var r = f.R;
        row += 1;
        var body = written ?? text;
        var quoted = cell == "," && !body.Contains('"') && r.Chance(0.8);
        var date = r.Pick(f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Day.ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        var prefix = f.Digits(row.ToString(CultureInfo.InvariantCulture)) + cell + date + cell + section + cell + (quoted ? "\"" : "");
        var suffix = (quoted ? "\"" : "") + (r.Chance(0.4) ? cell + r.Pick("منشور", "مسودة", "published", "✓ تمت المراجعة") : "");
        page.Paragraph(text, prefix + body + suffix);
        page.Glued(NoiseKind.Counter, prefix);
        if (suffix.Trim('\t', ' ').Length > 0)
        {
            page.Glued(NoiseKind.Counter, suffix);
        }
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Counter, r.Pick("عدد الصفوف: ", "الصفوف المحددة: ", "Count: ") + f.Digits(r.Between(row, row + 400).ToString(CultureInfo.InvariantCulture)) + r.Pick("", " · المجموع: —"));
        page.Chrome(NoiseKind.Footer, r.Pick("تم التصدير من ", "صُدّر بواسطة ", "Exported from ") + r.Pick("جداول Google", "Excel", "LibreOffice Calc", "Numbers") + r.Pick(" في ", " · ") + f.Gregorian(f.Day) + " " + f.Clock());
    }
}
