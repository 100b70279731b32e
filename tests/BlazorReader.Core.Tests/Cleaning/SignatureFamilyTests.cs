using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Desk sign-offs as families: «انتهى» in any dress, editors' initials codes in any spacing and
// separator, a writer's name with a role, the writer's mail under any label. Corpus lines of
// short words or opening with a name stay.
public class SignatureFamilyTests
{
    private static readonly string[] Letters = ["ع", "ك", "س", "ت", "ر", "ل", "ب", "ش", "ح", "ق", "م", "ن", "ه"];

    [Fact]
    public void The_end_marker_in_any_dress_is_an_end_marker()
    {
        string[] before = ["", "… ", "..", "-", "// ", "(", "- ", "*", "["];
        string[] after = ["", "..", "-", " //", ")", " ـ", "*", "]", "."];
        var r = new Random(3);
        var lines = Enumerable.Range(0, 200).Select(_ => before[r.Next(before.Length)] + "انتهى" + after[r.Next(after.Length)]).ToList();
        List<string> missed = [.. lines.Where(l => ChromeRemover.ReasonFor(l) != "end-marker")];
        Assert.Empty(missed);
    }

    [Fact]
    public void Initials_codes_in_any_spacing_are_signatures()
    {
        string[] joins = [" ", ".", "/", " / ", "-"];
        var r = new Random(4);
        var lines = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var groups = Enumerable.Range(0, r.Next(2, 5)).Select(_ => r.Next(3) == 0 ? Letters[r.Next(Letters.Length)] : Letters[r.Next(Letters.Length)] + (r.Next(2) == 0 ? "." : "") + Letters[r.Next(Letters.Length)]);
            // Two-letter groups parted by spaces alone read as words («لا لا»): a lone letter in a short
            // code shows initials; a long run of lone letters is a puzzle's.
            var join = joins[r.Next(joins.Length)];
            lines.Add(join == " " ? Letters[r.Next(Letters.Length)] + " " + string.Join(join, groups.Take(3).Select(g => g.Replace(".", "", StringComparison.Ordinal))) : string.Join(join, groups));
        }
        List<string> missed = [.. lines.Where(l => ChromeRemover.ReasonFor(l) != "signature")];
        Assert.Empty(missed);
    }

    [Fact]
    public void A_writers_name_with_a_role_or_mail_is_a_signature()
    {
        string[] names = ["مصطفى الشريف", "نادية الشريف", "عادل البلوشي", "نورة الإدريسي", "سالم بن علي الزهراني"];
        string[] marks = [" - ", " -", "-", " :", " : ", "،", " | "];
        string[] roles = ["كاتب وإعلامي", "كاتب صحفي", "أكاديمي وباحث", "إعلامية", "كاتبة سعودية", "محلل سياسي", "مستشار قانوني"];
        var r = new Random(5);
        var lines = Enumerable.Range(0, 200).Select(_ => (r.Next(3) == 0 ? "* " : "") + names[r.Next(names.Length)] + marks[r.Next(marks.Length)] + roles[r.Next(roles.Length)]).ToList();
        lines.AddRange(["بريد الكاتب: majed.alami@hotmail.com", "بريد الكاتب omar.zahrani@hotmail.com", "البريد الكاتب : noor_zahrani@gmail.com"]);
        List<string> missed = [.. lines.Where(l => ChromeRemover.ReasonFor(l) != "signature")];
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("لا لا")]
    [InlineData("من هو")]
    [InlineData("ت ت ج ر ع هـ ا")]
    [InlineData("ف ت ك س ر ت .")]
    [InlineData("انتهى الاجتماع بالاتفاق على تشكيل لجنة مشتركة.")]
    [InlineData("مصطفى الشريف - كاتب وإعلامي قدم برنامجا عن تاريخ المنطقة وتحدث فيه عن أبرز المحطات التي مرت بها.")]
    [InlineData("وأضاف الكاتب أن الرواية تتناول قضايا المجتمع")]
    public void Body_lines_of_the_same_look_stay(string line) =>
        Assert.Null(SignatureLines.Reason(line));
}
