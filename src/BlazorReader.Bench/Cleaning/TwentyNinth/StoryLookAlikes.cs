namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// Lines a story carries that look like page furniture (a hotline, a numbered point, a
// question and its answer, a verse, a post told in speech, a source sentence, a short
// subheading, a closing formula, a price, a share, a view count or a hashtag told in the
// story's voice) but that a reader counts as the story's own.
internal static class StoryLookAlikes
{
    public static IReadOnlyList<string> Common(Page p) =>
    [
        $"وللاستفسار يمكن الاتصال بالرقم الموحد {p.R.Pick("920033360", "٩٢٠٠٠٠٨٩٠", "8001249999")} على مدار الساعة.",
        $"{p.R.Pick("١", "1")}- أن يكون المتقدم سعودي الجنسية.",
        "ما الذي تغيّر؟ الإجراءات أصبحت إلكترونية بالكامل.",
        "قال تعالى: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى».",
        $"وكتب {p.R.Pick("الوزير", "المتحدث الرسمي", "الأمير")} في حسابه على «إكس» أن العمل مستمر حتى اكتمال المشروع.",
        $"أفادت وكالة {p.R.Pick("الأنباء السعودية", "رويترز", "الصحافة الفرنسية")} بأن الاجتماع استمر قرابة ثلاث ساعات.",
        p.R.Pick("تفاصيل القرار", "ردود فعل", "خلفية", "أرقام ودلالات"),
        "والله ولي التوفيق.",
        $"ويبلغ سعر التذكرة {p.Digits(p.R.Between(10, 150))} ريالاً للكبار ونصف القيمة للأطفال.",
        $"وبحسب الإحصاءات، ارتفع العدد بنسبة {p.Digits(p.R.Between(3, 60))}% مقارنة بالعام الماضي.",
        "للمزيد من المعلومات، يمكن زيارة مقر الإدارة خلال أوقات الدوام الرسمي.",
        $"وشارك في الحملة أكثر من {p.Digits(p.R.Between(40, 900))} متطوع ومتطوعة من مختلف المناطق.",
        "وتابع: «لن نتوقف عند هذا الحد، والقادم أفضل».",
        "وقال مصدر مطلع إن القرار سيُعلن رسمياً الأسبوع المقبل.",
        "وتصدّر الوسم الذي أطلقه المغردون قائمة الأكثر تداولاً في المملكة.",
        $"وحظي المقطع بأكثر من {p.Digits(p.R.Between(20, 900))} ألف مشاهدة خلال ساعات من نشره.",
    ];
}
