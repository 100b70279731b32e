namespace BlazorReader.Bench.Cleaning.Tenth;

// The paper or site that carried the copy: papers of countries whose pages the corpus never
// saw (Iraq, the Kurdistan region, Oman, Qatar, Kuwait, Libya, Mauritania), each with its
// cities, its address ending and the month names its dates are printed with.
public sealed record Outlet(string Country, string Name, string[] Cities, string Tld, MonthStyle Months)
{
    private static readonly (string Country, string[] Papers, string[] Cities, string Tld, MonthStyle Months)[] Countries =
    [
        ("العراق", ["المدى", "الصباح", "الزمان", "شفق نيوز", "السومرية نيوز", "بغداد اليوم", "العالم الجديد", "المربد"],
            ["بغداد", "البصرة", "النجف", "الموصل", "كربلاء", "الناصرية"], ".iq", MonthStyle.Syriac),
        ("إقليم كوردستان", ["رووداو عربية", "كوردستان 24", "باسنيوز", "ئاسۆ", "المسلة"],
            ["أربيل", "السليمانية", "دهوك", "كركوك", "حلبجة"], ".krd", MonthStyle.Syriac),
        ("عُمان", ["عُمان", "الوطن العمانية", "الرؤية", "أثير", "الشبيبة", "وكالة الأنباء العمانية"],
            ["مسقط", "صلالة", "صحار", "نزوى", "صور", "البريمي"], ".om", MonthStyle.Gregorian),
        ("قطر", ["الراية", "الشرق", "العرب", "لوسيل", "الوطن القطرية", "بوابة الشرق"],
            ["الدوحة", "الوكرة", "الخور", "لوسيل", "الريان"], ".qa", MonthStyle.Gregorian),
        ("الكويت", ["القبس", "الرأي", "الجريدة", "الأنباء", "السياسة", "النهار الكويتية", "كونا"],
            ["الكويت", "الجهراء", "الأحمدي", "حولي", "الفروانية"], ".kw", MonthStyle.Gregorian),
        ("ليبيا", ["بوابة الوسط", "ليبيا الأحرار", "عين ليبيا", "المرصد الليبية", "ليبيا المستقبل"],
            ["طرابلس", "بنغازي", "مصراتة", "سبها", "البيضاء", "الزاوية"], ".ly", MonthStyle.Gregorian),
        ("موريتانيا", ["الأخبار إنفو", "صحراء ميديا", "السراج", "الشعب", "الوكالة الموريتانية للأنباء", "أقلام حرة"],
            ["نواكشوط", "نواذيبو", "روصو", "كيفة", "أطار", "النعمة"], ".mr", MonthStyle.Maghreb),
    ];

    public static Outlet Draw(DressingRandom r)
    {
        var c = r.Pick(Countries);
        return new Outlet(c.Country, r.Pick(c.Papers), c.Cities, c.Tld, c.Months);
    }

    public string City(DressingRandom r) => r.Chance(0.8) ? r.Pick(Cities) : r.Pick(DressingPools.Cities);

    // A made-up address on the country's ending: a scraped link only needs to look like one.
    public string Domain(DressingRandom r) => r.Pick("", "www.", "m.", "amp.") + r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz")
        + r.Pick(Tld, Tld, ".com", ".net", ".com" + Tld, ".news");

    public string Link(DressingRandom r)
    {
        var id = r.Between(1_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = r.Pick("/news/" + id, "/ar/article/" + id, "/" + id + "/", "/index.php?id=" + id, "/post/" + id + ".html",
            "/amp/s/" + id, "/print/" + id, "/" + r.Letters(r.Between(3, 8), "abcdefghijklmnopqrstuvwxyz-") + "/" + id);
        return r.Pick("https://", "http://", "https://", "") + Domain(r) + path + r.Pick("", "", "?utm_source=feed", "?fbclid=" + r.Letters(12), "#" + r.Letters(4));
    }
}

public enum MonthStyle
{
    Gregorian,
    Syriac,
    Maghreb,
}
