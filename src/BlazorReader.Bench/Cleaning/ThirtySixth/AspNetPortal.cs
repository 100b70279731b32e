namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A WebForms news portal scraped with its debris: the form tag, view state, server controls'
// ids round the title and date, postback links, unset «Label1» captions, the comment form.
internal sealed class AspNetPortal : Frame
{
    private const string Holder = "ctl00_ContentPlaceHolder1_";

    private static readonly string[] Menu = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "مقالات", "اتصل بنا"];

    public override bool PlainLines => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("<form name=\"aspnetForm\" method=\"post\" action=\"" + r.Pick("NewsDetails", "ShowNews", "Article") + ".aspx?" + r.Pick("NewsID", "id", "ArticleID") + "=" + r.Between(10000, 99999) + "\" id=\"aspnetForm\">");
        if (r.Chance(0.7))
        {
            p.Line("<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"/wEPDwUK" + r.Letters(r.Between(30, 70)) + "\" />");
        }
        p.Line(string.Join(r.Pick(" | ", " :: ", "  "), Menu.Take(r.Between(3, 6))));
        p.Chrome(headline, l => r.Chance(0.5) ? "<span id=\"" + Holder + "lblTitle\" class=\"NewsTitle\">" + l + "</span>" : l);
        if (r.Chance(0.5))
        {
            p.Chrome(p.Piece(NoiseKind.Dateline, Dates.Any(r, p.When)), l => r.Pick(Holder + "lblDate ", "<span id=\"" + Holder + "lblDate\">") + l + r.Pick("", "</span>"));
        }
        if (r.Chance(0.4))
        {
            p.Line(r.Pick("Label1", "Label2", "lblMsg"));
        }
        Pieces(p, more);
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Share, r.Pick("اضغط هنا للطباعة", "طباعة الخبر", "أرسل الخبر لصديق")),
                l => "<a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$" + r.Pick("lnkPrint", "LinkButton1", "btnPrint") + "','')\">" + l + "</a>");
        }
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Counter, r.Pick("عدد الزيارات: ", "عدد المشاهدات : ", "قرئ ") + r.Number(r.Between(40, 9000)) + r.Pick("", " مرة")),
                l => r.Chance(0.5) ? "<span id=\"" + Holder + "lblViews\">" + l + "</span>" : l);
        }
        Pieces(p, tail);
        if (r.Chance(0.6))
        {
            p.Line(r.Pick("أضف تعليقك", "التعليقات") + ":");
            p.Line(r.Pick("الاسم:", "الاسم :") + " " + r.Pick("", "*"));
            p.Line(r.Pick("البريد الإلكتروني:", "الإيميل:"));
            p.Line("<input type=\"submit\" name=\"ctl00$ContentPlaceHolder1$btnSend\" value=\"" + r.Pick("إرسال", "أرسل") + "\" id=\"" + Holder + "btnSend\" />");
            if (r.Chance(0.5))
            {
                p.Line(r.Pick("RequiredFieldValidator1", "* مطلوب"));
            }
        }
        if (r.Chance(0.5))
        {
            p.Line("<input type=\"hidden\" name=\"__EVENTVALIDATION\" id=\"__EVENTVALIDATION\" value=\"/wEW" + r.Letters(r.Between(20, 40)) + "\" />");
        }
        p.Line("</form>");
    }
}
