namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// An AsciiDoc source of the story: «= title», «:author:», «:revdate:» and other attributes, a
// «////» comment block for the desk, «== » section heads, a paragraph written as «link:…[…]»
// or «<<anchor,…>>» whose shown text is the story's line, a «footnote:[…]» naming the source
// glued behind a paragraph, «NOTE:» admonitions and a «----» listing block of the copy's origin.
internal sealed class AsciiDocPath : CopyPath
{
    private bool footnote;

    public override void Head(Sheet s)
    {
        var r = s.R;
        Title(s, "= ", "", withPaper: r.Chance(0.25));
        var name = DressingPools.PersonName(r);
        s.Chrome(NoiseKind.Byline, r.Pick(":author: ", ":author:  ") + name);
        if (r.Chance(0.4))
        {
            s.Raw(":email: " + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("alyaum.com", "okaz.com.sa", "sabq.org"));
        }
        var d = Calendar.Day(r, s);
        s.Chrome(NoiseKind.Dateline, ":revdate: " + r.Pick($"{d:yyyy-MM-dd}", Calendar.Gregorian(r, d)));
        s.Raw(r.Pick(":lang: ar", ":lang: ar\n:doctype: article", ":toc: left"), r.Pick(":imagesdir: images", ":icons: font", ""), "");
        if (r.Chance(0.5))
        {
            s.Raw("////", r.Pick("ملاحظة للمحرر: ", "للتدقيق: ", "TODO: ") + r.Pick("راجع الأرقام قبل النشر", "الصورة من الأرشيف", "يُنشر بعد الظهر"), "////", "");
        }
        if (r.Chance(0.5))
        {
            s.Raw("== " + r.Pick("الخبر", "التفاصيل", "نص الخبر", "المتن"), "");
        }
    }

    public override (string Before, string After) Around(Sheet s, int i)
    {
        var r = s.R;
        if (r.Chance(0.08))
        {
            return ("link:https://" + Host(r) + "/" + Slug(r) + "[", "]");
        }
        if (r.Chance(0.06))
        {
            return ("<<" + r.Pick("p", "sec-", "_") + r.Between(1, 40) + ",", ">>");
        }
        if (!footnote && i > 0 && r.Chance(0.12))
        {
            footnote = true;
            var credit = StoryChrome.Credit(r);
            var glued = "footnote:[" + credit.Lines[0] + "]";
            s.Noise.Add(new NoisePiece(NoiseKind.Credit, [glued], Glued: true) { Credit = credit.Credit });
            return ("", glued);
        }
        return ("", "");
    }

    public override void Between(Sheet s, int i)
    {
        var r = s.R;
        s.Raw("");
        if (r.Chance(0.07))
        {
            s.Chrome(NoiseKind.Share, r.Pick("NOTE: ", "TIP: ", "IMPORTANT: ") + PageChrome.Share(r).Lines[0]);
            s.Raw("");
        }
        else if (r.Chance(0.06))
        {
            s.Raw(".صورة", "image::" + r.Letters(8, "abcdef0123456789") + ".jpg[]");
            s.Add(StoryChrome.Caption(r));
            s.Raw("");
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Raw("");
        if (r.Chance(0.5))
        {
            s.Raw("----", "source: https://" + Host(r) + "/" + Slug(r), "fetched: " + Calendar.Rfc(r, Calendar.Day(r, s)), "----", "");
        }
        var titles = Enumerable.Range(0, r.Between(2, 3)).Select(_ => s.Other()).OfType<string>().Distinct().ToList();
        if (titles.Count > 0 && r.Chance(0.6))
        {
            string[] lines = ["== " + r.Pick("اقرأ أيضاً", "اقرأ أيضا", "ذات صلة"), .. titles.Select(t => r.Pick("* ", "- ", ". ") + "<<" + r.Letters(5, "abcdefghij") + "," + t + ">>")];
            s.Raw(lines);
            s.Noise.Add(new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = titles });
        }
        Maybe(s, 0.5, new NoisePiece(NoiseKind.Tags, [":keywords: " + string.Join(", ", TextReferee.Normalize(s.Article.Title ?? "أخبار").Split(' ').Select(PageChrome.TagWord).Where(w => w.Length >= 4).Take(3).Append(r.Pick("أخبار", "محليات")))]));
        if (r.Chance(0.5))
        {
            s.Raw("'''");
            s.Add(PageChrome.Footer(r));
        }
    }
}
