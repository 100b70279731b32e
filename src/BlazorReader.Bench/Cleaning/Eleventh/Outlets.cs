namespace BlazorReader.Bench.Cleaning.Eleventh;

internal enum Country
{
    Saudi,
    Egypt,
    Jordan,
    Palestine,
    Bahrain,
    Algeria,
    Tunisia,
    Morocco,
}

// The paper or channel a copy was taken from: its masthead in Arabic and in Latin letters,
// its host name, its country's cities, wire agency and money.
internal sealed record Outlet(string Arabic, string Latin, string Host, Country Country, string City, string Agency, string Currency);

// Invented outlets of eight countries, built from the words papers are named after and the
// forms their mastheads take («المرصد الأردني», «صحيفة الفجر», «الساحة 24», «Assabah Tunisie»).
internal static class Outlets
{
    private sealed record Land(Country Country, string Name, string Masculine, string Feminine, string Latin, string Tld, string[] Cities, string[] Agencies, string Currency);

    private static readonly Land[] Lands =
    [
        new(Country.Saudi, "السعودية", "السعودي", "السعودية", "KSA", "sa", ["الرياض", "جدة", "الدمام", "أبها", "بريدة", "تبوك", "المدينة المنورة"], ["واس", "SPA", "واس"], "ريال"),
        new(Country.Egypt, "مصر", "المصري", "المصرية", "Masr", "eg", ["القاهرة", "الإسكندرية", "الجيزة", "أسوان", "المنصورة", "بورسعيد"], ["أ ش أ", "أ.ش.أ", "MENA"], "جنيه"),
        new(Country.Jordan, "الأردن", "الأردني", "الأردنية", "Jo", "jo", ["عمّان", "عمان", "إربد", "الزرقاء", "العقبة", "الكرك"], ["بترا", "Petra", "بترا"], "دينار"),
        new(Country.Palestine, "فلسطين", "الفلسطيني", "الفلسطينية", "Palestine", "ps", ["رام الله", "غزة", "نابلس", "الخليل", "بيت لحم", "جنين"], ["وفا", "WAFA", "وفا"], "شيكل"),
        new(Country.Bahrain, "البحرين", "البحريني", "البحرينية", "Bahrain", "bh", ["المنامة", "المحرق", "الرفاع", "مدينة عيسى"], ["بنا", "BNA"], "دينار"),
        new(Country.Algeria, "الجزائر", "الجزائري", "الجزائرية", "DZ", "dz", ["الجزائر", "وهران", "قسنطينة", "عنابة", "سطيف", "ورقلة"], ["وأج", "واج", "APS"], "دينار"),
        new(Country.Tunisia, "تونس", "التونسي", "التونسية", "Tunisie", "tn", ["تونس", "صفاقس", "سوسة", "القيروان", "بنزرت", "قابس"], ["وات", "TAP"], "دينار"),
        new(Country.Morocco, "المغرب", "المغربي", "المغربية", "Maroc", "ma", ["الرباط", "الدار البيضاء", "فاس", "مراكش", "طنجة", "أكادير"], ["ومع", "لاماب", "MAP"], "درهم"),
    ];

    // The words mastheads are made of, as their Latin mastheads spell them; a feminine noun
    // takes a feminine adjective.
    private static readonly (string Arabic, string Latin, bool Feminine)[] Nouns =
    [
        ("المرصد", "Al-Marsad", false), ("الرائد", "Al Raed", false), ("البوابة", "Al Bawwaba", true), ("الحدث", "Al-Hadath", false),
        ("المشهد", "Al Mashhad", false), ("الصباح", "Assabah", false), ("الفجر", "El Fajr", false), ("الأفق", "Al Ofuq", false),
        ("المنارة", "Al-Manara", true), ("الواحة", "Al Waha", true), ("النبأ", "Annabaa", false), ("الشاهد", "Echahed", false),
        ("الصدى", "Assada", false), ("الميدان", "El Midane", false), ("الرصيف", "Arrasif", false), ("الساحة", "Essaha", true),
    ];

    public static Outlet Draw(DressingRandom r, bool channel)
    {
        var land = r.Pick(Lands);
        var (noun, latin, feminine) = r.Pick(Nouns);
        var adjective = feminine ? land.Feminine : land.Masculine;
        var arabic = channel
            ? r.Pick($"قناة {noun}", $"{noun} الفضائية", $"قناة {noun} {adjective}", $"تلفزيون {noun}")
            : r.Pick($"{noun} {adjective}", $"صحيفة {noun}", $"جريدة {noun} {adjective}", $"{noun} نيوز", $"{noun} 24", $"موقع {noun} الإخباري", $"{noun} اليوم");
        var latinName = channel
            ? r.Pick($"{latin} TV", $"{latin} Channel", $"{latin} {land.Latin} TV")
            : r.Pick($"{latin} {land.Latin}", $"{latin} News", $"{latin}24", $"{latin} Today", latin);
        var host = new string([.. latinName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]) + r.Pick(".com", ".net", $".{land.Tld}", $".com.{land.Tld}");
        return new Outlet(arabic, latinName, host, land.Country, r.Pick(land.Cities), r.Pick(land.Agencies), land.Currency);
    }

    public static string CountryName(Country country) => Lands.First(l => l.Country == country).Name;

    public static string Adjective(Country country) => Lands.First(l => l.Country == country).Masculine;
}
