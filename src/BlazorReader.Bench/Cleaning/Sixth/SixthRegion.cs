namespace BlazorReader.Bench.Cleaning.Sixth;

// Where a site is: the words its name is made of, its cities, the agencies it copies, the
// country endings of its addresses, and whether French runs through its chrome.
internal sealed record SixthRegion(string[] NameHeads, string[] NameTails, string[] Cities, string[] Agencies, string[] Domains, bool French)
{
    public static readonly SixthRegion Maghreb = new(
        ["أخبارنا", "صوت", "نبض", "بوابة", "جريدة", "صدى", "أنباء", "الشروق"],
        ["المغربية", "الجزائر", "تونس", "الأطلس", "الريف", "سوس", "وهران", "الجنوب", "المغرب العربي"],
        ["الرباط", "الدار البيضاء", "فاس", "مراكش", "طنجة", "أكادير", "الجزائر العاصمة", "وهران", "قسنطينة", "تونس", "صفاقس", "سوسة"],
        ["و م ع", "واج", "وات", "لاماب", "MAP", "APS", "TAP"],
        [".ma", ".dz", ".tn", ".com"],
        true);

    public static readonly SixthRegion Iraq = new(
        ["المدى", "السومرية", "شفق", "رووداو", "بغداد", "الفرات", "كوردستان"],
        ["نيوز", "برس", "اليوم", "24", "الإخبارية"],
        ["بغداد", "أربيل", "السليمانية", "البصرة", "الموصل", "النجف", "كركوك", "دهوك"],
        ["واع", "المدى برس", "شفق نيوز", "السومرية نيوز"],
        [".iq", ".net", ".com"],
        false);

    public static readonly SixthRegion Levant = new(
        ["النهار", "الجمهورية", "اللواء", "الديار", "المستقبل", "نداء"],
        ["اللبنانية", "اليوم", "الوطن", "أونلاين", "بيروت"],
        ["بيروت", "طرابلس", "صيدا", "صور", "زحلة", "جونية", "بعلبك"],
        ["الوكالة الوطنية للإعلام", "وطنية", "المركزية"],
        [".lb", ".com", ".net"],
        true);

    public static readonly SixthRegion Gulf = new(
        ["القبس", "الراي", "البيان", "الخليج", "الشرق", "الوسط", "الأيام", "الوطن"],
        ["الكويتية", "الإماراتية", "القطرية", "البحرينية", "اليوم", "الإلكترونية"],
        ["الكويت", "دبي", "أبوظبي", "الشارقة", "الدوحة", "المنامة", "العين", "الجهراء"],
        ["كونا", "وام", "قنا", "بنا"],
        [".kw", ".ae", ".qa", ".bh", ".com"],
        false);

    public static readonly SixthRegion Egypt = new(
        ["اليوم", "مصر", "الوطن", "البوابة", "صدى", "فيتو", "الموجز", "أهل"],
        ["السابع", "العربية", "نيوز", "الإخبارية", "البلد", "مصر"],
        ["القاهرة", "الإسكندرية", "الجيزة", "أسيوط", "المنصورة", "بورسعيد", "طنطا"],
        ["أ ش أ", "وكالة أنباء الشرق الأوسط", "MENA"],
        [".eg", ".com", ".net"],
        false);

    public static readonly SixthRegion[] All = [Maghreb, Iraq, Levant, Gulf, Egypt];
}
