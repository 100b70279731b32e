namespace BlazorReader.Bench.Stories;

// The words another paper's desk swaps when it rewrites agency copy: reporting verbs, a few
// common synonyms and connectives, and places it may drop, add or (for a different event in
// the same template) replace. Shapes, not examples: nothing here is taken from the corpus.
internal static class RewriteCatalogue
{
    public static readonly string[][] Verbs =
    [
        ["قال", "أكد", "أعلن", "كشف", "أفاد", "أوضح", "صرح"],
        ["يقول", "يؤكد", "يعلن", "يكشف", "يفيد", "يوضح"],
        ["وقال", "وأكد", "وأعلن", "وكشف", "وأفاد", "وأوضح"],
        ["وأضاف", "وتابع", "وأشار", "ولفت"],
    ];

    public static readonly (string, string)[] Synonyms =
    [
        ("مقتل", "مصرع"), ("انفجار", "تفجير"), ("اجتماع", "لقاء"), ("يبحث", "يناقش"), ("بحث", "ناقش"),
        ("ارتفاع", "زيادة"), ("انخفاض", "تراجع"), ("هجوم", "اعتداء"), ("تدشين", "إطلاق"), ("يدشن", "يطلق"),
        ("بدء", "انطلاق"), ("المملكة", "السعودية"), ("إصابة", "جرح"), ("القبض على", "اعتقال"), ("أمس", "يوم أمس"),
        ("الأربعاء", "أمس الأربعاء"), ("عدد من", "عدة"), ("أكثر من", "ما يزيد على"),
    ];

    public static readonly (string, string)[] Connectives =
    [
        ("من جهته", "من جانبه"), ("في حين", "بينما"), ("كما", "وكذلك"), ("إلى ذلك", "من ناحية أخرى"),
    ];

    public static readonly string[] Places =
    [
        "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبها", "تبوك", "جازان", "نجران", "الطائف",
        "حائل", "القصيم", "الأحساء", "صنعاء", "عدن", "تعز", "دمشق", "حلب", "بغداد", "الموصل", "القاهرة", "بيروت",
        "طهران", "الكويت", "دبي", "المنامة", "الدوحة", "لندن", "واشنطن", "موسكو", "باريس", "أنقرة",
    ];
}
