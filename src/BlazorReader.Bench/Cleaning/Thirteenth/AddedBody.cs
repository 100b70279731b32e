namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Lines the story itself carries that look like boxes: a verse or a hadith the story quotes
// (with its sura and verse, or its narrator), a correction of this very story, an editor's
// note on its update. A reader wants all of them kept, in place: they are body, never noise.
internal static class AddedBody
{
    private static readonly (string Verse, string Sura)[] Verses =
    [
        ("﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾", "الشرح: 6"),
        ("﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾", "المائدة: 2"),
        ("﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾", "طه: 114"),
        ("﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾", "المائدة: 32"),
        ("﴿وَأَوْفُوا بِالْعَهْدِ إِنَّ الْعَهْدَ كَانَ مَسْئُولًا﴾", "الإسراء: 34"),
        ("﴿وَلَا تُفْسِدُوا فِي الْأَرْضِ بَعْدَ إِصْلَاحِهَا﴾", "الأعراف: 56"),
    ];

    private static readonly (string Text, string Narrator)[] Hadiths =
    [
        ("«خيركم من تعلم القرآن وعلمه»", "رواه البخاري"),
        ("«من لا يشكر الناس لا يشكر الله»", "رواه الترمذي"),
        ("«الدين النصيحة»", "رواه مسلم"),
        ("«المسلم من سلم المسلمون من لسانه ويده»", "متفق عليه"),
    ];

    // A speaker's sentence that introduces a quotation, and the quotation on its own line.
    public static List<string> Citation(Page p)
    {
        var r = p.R;
        var name = DressingPools.PersonName(r);
        var speaker = r.Next(4) switch
        {
            0 => "وختم " + name + r.Pick(" كلمته", " حديثه"),
            1 => "واستهل " + name + r.Pick(" كلمته", " مداخلته"),
            2 => "واستشهد " + name + r.Pick(" في كلمته", " في مداخلته"),
            _ => "وذكّر " + name + r.Pick(" الحضور", " المشاركين"),
        };
        if (r.Chance(0.6))
        {
            var (verse, sura) = r.Pick(Verses);
            var intro = speaker + r.Pick(" بقوله تعالى:", " بالآية الكريمة:", " بقول الله عز وجل:");
            var cited = verse + r.Next(3) switch
            {
                0 => " [" + Ink.Digits(r, sura, p.Region) + "]",
                1 => " (" + Ink.Digits(r, sura, p.Region) + ")",
                _ => "",
            };
            return r.Chance(0.5) ? [intro, cited] : [intro + " " + cited];
        }
        var (text, narrator) = r.Pick(Hadiths);
        var saying = speaker + r.Pick(" بقول النبي صلى الله عليه وسلم:", " بالحديث الشريف:", " بقوله ﷺ:");
        var hadith = text + (r.Chance(0.5) ? " (" + narrator + ")" : r.Pick(" - ", "، ") + narrator + ".");
        return r.Chance(0.5) ? [saying, hadith] : [saying + " " + hadith];
    }

    // A correction or an editor's note about this story, as the paper appends (or prefixes) it.
    public static string Note(Page p)
    {
        var r = p.R;
        return r.Next(5) switch
        {
            0 => r.Pick("تصحيح: ", "تصحيح : ", "تصويب: ") + r.Pick("ورد في نسخة سابقة من هذا الخبر ", "نُشر في نسخة سابقة من هذا الخبر ") + r.Pick("تاريخ خاطئ للاجتماع", "رقم غير دقيق", "اسم غير صحيح لأحد المسؤولين") + r.Pick("، وقد جرى تصحيحه. نعتذر لقرائنا عن هذا الخطأ.", "، واقتضى التنويه.", "، والصحيح ما ورد أعلاه."),
            1 => r.Pick("ملاحظة المحرر: ", "ملاحظة المحرر - ", "ملاحظة من المحرر: ") + r.Pick("حُدّث هذا الخبر بإضافة تفاصيل جديدة", "جرى تحديث هذا الخبر بعد نشره", "أضيفت إلى هذا الخبر تصريحات جديدة") + r.Pick(" في ", " يوم ") + p.Date() + ".",
            2 => r.Pick("توضيح: ", "تنويه: ") + r.Pick("عُدّل عنوان هذا الخبر بعد نشره ليعكس مضمونه بدقة أكبر.", "تم تعديل هذا الخبر لتصحيح خطأ في أحد الأرقام الواردة فيه."),
            3 when p.Region.IsMaghreb() => r.Pick("Correction : ", "Rectificatif : ") + r.Pick("une version précédente de cet article comportait une erreur de date.", "une erreur s'était glissée dans le chiffre cité plus haut."),
            _ => r.Pick("تحديث: ", "تحديث - ", "آخر المستجدات: ") + r.Pick("أكد مصدر رسمي لاحقاً صحة ما ورد في هذا الخبر.", "تلقى الموقع بعد نشر هذا الخبر رداً رسمياً سيُنشر كاملاً."),
        };
    }
}
