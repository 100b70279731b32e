using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Page folios and mail apps' signatures, generated from their parts; the story lines they are
// told from are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class FolioAndDeviceSignatureTests
{
    public static TheoryData<string> Folios()
    {
        var data = new TheoryData<string>();
        string[] labels = ["صفحة", "الصفحة", "ص", "Page", "page", "P."];
        string[] joins = [" من ", " من أصل ", " / ", "/", " of "];
        string[][] digits = [["2", "3"], ["١", "٤"], ["12", "40"]];
        foreach (var label in labels)
        {
            foreach (var join in joins)
            {
                foreach (var d in digits)
                {
                    data.Add($"{label} {d[0]}{join}{d[1]}");
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Folios))]
    public void A_folio_in_any_language_and_digits_goes(string line) =>
        Assert.Equal("folio", ChromeRemover.ReasonFor(line));

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Sent from my Samsung Galaxy smartphone.")]
    [InlineData("Get Outlook for Android")]
    [InlineData("أُرسلت من جهاز iPhone الخاص بي")]
    [InlineData("أرسلت من هاتفي الجوال")]
    [InlineData("تم الإرسال من تطبيق البريد لنظام Windows")]
    public void A_mail_app_s_signature_goes(string line) =>
        Assert.Equal("mail-signature", ChromeRemover.ReasonFor(line));

    [Theory]
    [InlineData("وأوضح أن الصفحة 3 من التقرير تضمنت أرقاما جديدة عن القروض.")]
    [InlineData("ص 12 - 15")]
    [InlineData("وقال إن الرسالة أرسلت من جهاز هاتف المتهم قبل ساعات من الحادث الذي وقع في جدة مساء الخميس الماضي.")]
    [InlineData("أرسلت من الرياض مساعدات عاجلة")]
    public void Story_lines_that_name_a_page_or_a_phone_stay(string line) =>
        Assert.Null(ChromeRemover.ReasonFor(line));
}
