namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A Joomla or Drupal article page: breadcrumbs, the title, a block of article info in the
// template's order, then the pager, «آخر تحديث» and the template's module boxes.
internal sealed class JoomlaFrame : Frame
{
    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        if (r.Chance(0.5))
        {
            w.Raw(r.Pick("أنت هنا: ", "", "📍 ") + "الرئيسية" + r.Pick(" » ", " / ", " > ") + r.Pick("الأخبار", "أخبار محلية", "المقالات") + r.Pick("", " » " + s.HeadTitle[..Math.Min(25, s.HeadTitle.Length)] + "..."));
        }
        w.Chrome(NoiseKind.Headline, r.Chance(0.5) ? s.HeadTitle : HeadWordings.Headline(r, s));
        var info = new List<Action>
        {
            () => w.Chrome(NoiseKind.Byline, r.Pick("كتب بواسطة ", "كُتب بواسطة: ", "الكاتب ", "Written by ") + s.Person),
            () => w.Chrome(NoiseKind.Dateline, r.Pick("نشر في: ", "تاريخ النشر ", "نُشر بتاريخ ") + DateWords.Any(r, s.When) + r.Pick("", " " + DateWords.Time(r, s.When))),
            () => w.Chrome(NoiseKind.Tags, r.Pick("التصنيف الأصل: ", "الفئة: ", "القسم: ") + r.Pick("أخبار", "محليات", "اقتصاد") + r.Pick("", " » " + r.Pick("الرئيسية", "عام"))),
            () => w.Chrome(NoiseKind.Counter, r.Pick("الزيارات: ", "الزيارات ", "عدد الزيارات: ") + r.Number(r.Between(30, 40000))),
            () => w.Chrome(NoiseKind.Share, r.Pick("طباعة | البريد الإلكتروني", "طباعة  البريد الإلكتروني", "PDF | طباعة | إرسال إلى صديق", "طباعة · مشاركة · البريد")),
        };
        foreach (var write in info.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)))
        {
            write();
        }
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        if (r.Chance(0.6))
        {
            w.Chrome(NoiseKind.Dateline, r.Pick("آخر تحديث ", "آخر تحديث في ", "عُدّل في: ") + DateWords.Any(r, s.When.AddHours(r.Between(1, 30))) + r.Pick("", " " + DateWords.Time(r, s.When)));
        }
        if (r.Chance(0.6))
        {
            w.Chrome(NoiseKind.Footer, r.Pick("< السابق | التالي >", "« السابق   التالي »", "< السابق", "التالي >", "‹ المقال السابق | المقال التالي ›"));
        }
        ListedStories.TeaserBlock(w, s, l => l, r.Pick("الأكثر قراءة", "أحدث الأخبار"));
        if (r.Chance(0.5))
        {
            ListedStories.TeaserBlock(w, s, l => l, r.Pick("أخبار ذات صلة", "الأكثر قراءة اليوم", "مقالات أخرى"));
        }
        CommonTail(w, s, l => l, r.Between(1, 3));
    }
}

// A PHP-Nuke-era portal: «أرسلت بواسطة … في …», the home text cut by its «(اقرأ المزيد… |
// … بايت إضافية …)» line, then printer and send-to-friend links, related topics, comments' rule.
internal sealed class NukeFrame : Frame
{
    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        w.Chrome(NoiseKind.Headline, r.Pick("", "الموضوع: ", s.Paper + " :: ") + s.HeadTitle);
        w.Chrome(NoiseKind.Byline, r.Pick("أرسلت بواسطة ", "أرسل بواسطة ", "أرسلها ") + r.Pick(s.Person, r.Letters(6, "abcdefghijklmnopqrstuvwxyz")) + " في " + DateWords.Any(r, s.When)
            + r.Pick("", " @ " + DateWords.Time(r, s.When)) + r.Pick("", " (" + r.Number(r.Between(20, 9000)) + " قراءة)"));
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        var r = w.R;
        if (index == 1 && r.Chance(0.5))
        {
            var parts = new[] { "اقرأ المزيد...", r.Number(r.Between(300, 9000)) + " بايت إضافية", r.Pick("التعليقات؟", r.Number(r.Between(1, 40)) + " تعليق"), "نقاط: " + r.Number(r.Between(0, 5)) };
            w.Chrome(NoiseKind.MoreLink, "(" + string.Join(" | ", parts.Take(r.Between(2, 4))) + ")");
            return;
        }
        base.Gap(w, s, index);
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        w.Chrome(NoiseKind.Share, r.Pick("صفحة للطباعة  أرسل هذا المقال لصديق", "صفحة للطباعة | أرسل هذا المقال لصديق", "أرسل هذا المقال لصديق", "صفحة للطباعة"));
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Counter, "متوسط التقييم: " + r.Number(r.Between(1, 5)) + r.Pick(" | الأصوات: ", " - عدد الأصوات: ") + r.Number(r.Between(1, 300)));
        }
        ListedStories.TeaserBlock(w, s, l => l, r.Pick("المواضيع المرتبطة", "روابط ذات صلة", "أكثر مقال قراءة عن " + r.Pick("أخبار", "محليات") + ":"));
        w.Chrome(NoiseKind.Footer, r.Pick("التعليقات ملك لأصحابها", "التعليقات المنشورة ملك لأصحابها") + r.Pick(". ونحن غير مسؤولين عن محتواها بأي شكل", "، والموقع غير مسؤول عن محتواها", ""));
        CommonTail(w, s, l => l, r.Between(0, 2));
    }
}
