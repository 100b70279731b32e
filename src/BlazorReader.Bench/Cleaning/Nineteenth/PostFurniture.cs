namespace BlazorReader.Bench.Cleaning.Nineteenth;

// What a flattened post brings that is not the post: counts as words, views, translate
// buttons, «translated from» and «replying to» notes, community notes, stubs of deleted posts,
// and the paper's own latest post in a side box (another story, so a teaser).
public static class PostFurniture
{
    public static void Counts(PageSheet s)
    {
        var r = s.R;
        string[] parts = [r.Number(r.Between(0, 400)) + r.Pick(" ردًا", " رد", " تعليقاً"), r.Number(r.Between(0, 900)) + r.Pick(" إعادة نشر", " إعادة تغريد", " مشاركة"), r.Number(r.Between(1, 9000)) + r.Pick(" إعجابًا", " إعجاب", " قلباً")];
        s.Piece(NoiseKind.Counter, r.Chance(0.7) ? string.Join(r.Pick("  ", " · ", "   "), parts) : string.Join('\n', parts));
    }

    public static void Views(PageSheet s)
    {
        var r = s.R;
        s.Piece(NoiseKind.Counter, r.Chance(0.5)
            ? Ink.Digits(r, $"{r.Between(1, 99)}.{r.Next(10)}") + r.Pick(" ألف مشاهدة", "K مشاهدة", " ألف")
            : r.Number(r.Between(200, 99000)) + r.Pick(" مشاهدة", " views", " مرة مشاهدة"));
    }

    public static void Translate(PageSheet s, bool original) =>
        s.Piece(NoiseKind.Share, original ? s.R.Pick("عرض النص الأصلي", "عرض الأصل", "Show original") : s.R.Pick("عرض الترجمة", "ترجمة المنشور", "Translate post", "ترجمة"));

    public static void TranslatedFrom(PageSheet s) =>
        s.Piece(NoiseKind.Caption, s.R.Chance(0.7)
            ? s.R.Pick("مترجم من ", "تُرجم من ") + s.R.Pick("الإنجليزية", "الفرنسية", "الأوردية") + s.R.Pick(" بواسطة Google", "", " · قيّم هذه الترجمة", " آلياً")
            : "Translated from " + s.R.Pick("English", "French", "Urdu") + s.R.Pick(" by Google", ""));

    public static void ReplyingTo(PageSheet s) =>
        s.Piece(NoiseKind.Caption, s.R.Pick("ردًا على ", "رداً على ", "Replying to ", "في الرد على ") + "@" + s.R.Letters(s.R.Between(4, 9), "abcdefghijklmnopqrstuvwxyz_") + s.R.Pick("", " و@" + s.R.Letters(5, "abcdefghijklmnopqrstuvwxyz")));

    public static void CommunityNote(PageSheet s)
    {
        var r = s.R;
        var note = r.Pick("الصورة المرفقة قديمة وتعود إلى عام ", "المقطع مجتزأ من مقابلة أطول نُشرت عام ", "الرقم الوارد غير دقيق بحسب بيان رسمي صدر عام ")
            + r.Number(r.Between(2009, 2014)) + r.Pick(" في " + r.Pick(DressingPools.Cities), "");
        var lines = new List<string> { r.Pick("ملاحظات المجتمع", "سياق من القراء", "أضاف القراء سياقًا يرون أن الآخرين قد يرغبون في معرفته"), note };
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("هل كانت هذه الملاحظة مفيدة؟", "قيّم هذه الملاحظة", "تُكتب الملاحظات بواسطة المساهمين"));
        }
        s.Piece(NoiseKind.Caption, lines);
    }

    // An embed that no longer loads: the notice, and sometimes the link the scrape kept.
    public static void DeletedStub(PageSheet s)
    {
        var r = s.R;
        var notice = r.Pick("يُرجى الانتباه: تم حذف هذه التغريدة", "هذا المنشور غير متاح", "لم تعد هذه التغريدة متوفرة. اعرف المزيد",
            "هذا المنشور من حساب لم يعد موجوداً", "This post is unavailable.", "تعذّر تحميل التغريدة");
        var link = r.Chance(0.5) ? "\n" + LinkBreaker.Break(r, LinkBreaker.StatusUrl(r, r.Letters(7, "abcdefghijklmnopqrstuvwxyz"))) : "";
        var (open, close) = r.Pick(("", ""), ("⚠ ", ""), ("[", "]"), ("(", ")"));
        s.Piece(NoiseKind.Caption, open + notice + close + link);
    }

    public static void PaperPost(PageSheet s)
    {
        var r = s.R;
        if (s.Story.Others.Title(r) is not { } title)
        {
            return;
        }
        var paper = r.Pick(DressingPools.Papers);
        var link = LinkBreaker.Break(r, "https://t.co/" + r.Letters(10));
        s.Piece(NoiseKind.Teaser, r.Pick("تغريدات ", "آخر منشورات ", "") + paper + r.Pick(" · @", " @") + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + " · " + Ink.Ago(r) + "\n" + title + r.Pick(" ", "\n") + link, [title]);
    }
}
