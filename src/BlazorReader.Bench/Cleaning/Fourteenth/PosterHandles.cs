namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A poster's handle spelled from the poster's name, as people and agencies choose them:
// the name in Latin letters with an underscore or a year, an agency's short English name.
internal static class PosterHandles
{
    private static readonly Dictionary<string, string> Latin = new(StringComparer.Ordinal)
    {
        ["محمد"] = "mohammed", ["عبدالله"] = "abdullah", ["فهد"] = "fahad", ["سعد"] = "saad", ["خالد"] = "khalid", ["ناصر"] = "nasser",
        ["سلمان"] = "salman", ["عبدالرحمن"] = "abdulrahman", ["تركي"] = "turki", ["ماجد"] = "majed", ["سارة"] = "sara", ["نورة"] = "noura",
        ["هند"] = "hind", ["أحمد"] = "ahmed", ["علي"] = "ali", ["يوسف"] = "yousef", ["منيرة"] = "munira", ["عبدالعزيز"] = "abdulaziz",
        ["فيصل"] = "faisal", ["بدر"] = "bader", ["ريم"] = "reem", ["حسن"] = "hassan", ["إبراهيم"] = "ibrahim", ["سلطان"] = "sultan", ["مها"] = "maha",
        ["العتيبي"] = "alotaibi", ["الشمري"] = "alshammari", ["القحطاني"] = "alqahtani", ["الغامدي"] = "alghamdi", ["الزهراني"] = "alzahrani",
        ["الدوسري"] = "aldosari", ["المطيري"] = "almutairi", ["الحربي"] = "alharbi", ["العنزي"] = "alanazi", ["السبيعي"] = "alsubaie",
        ["الشهري"] = "alshehri", ["المالكي"] = "almalki", ["الرشيد"] = "alrasheed", ["الحمدان"] = "alhamdan", ["سعود"] = "alsaud",
        ["الفيصل"] = "alfaisal", ["السلمي"] = "alsulami", ["البقمي"] = "albogami", ["الجهني"] = "aljuhani", ["العمري"] = "alomari",
    };

    private static readonly Dictionary<string, string> Agencies = new(StringComparer.Ordinal)
    {
        ["الدفاع المدني"] = "civil_def_sa", ["وزارة الصحة"] = "moh_ksa_ar", ["هيئة الأرصاد"] = "met_ksa", ["أمانة المنطقة"] = "amanah_news",
        ["المرور السعودي"] = "traffic_ksa", ["الهيئة العامة للرياضة"] = "sports_gov_sa", ["وزارة التعليم"] = "edu_ksa_news",
    };

    public static string For(string name, DressingRandom r)
    {
        if (Agencies.TryGetValue(name, out var agency))
        {
            return agency;
        }
        var words = name.Replace("-", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (first, last) = (Spell(words[0]), Spell(words[^1]));
        return r.Next(4) switch
        {
            0 => first + "_" + last,
            1 => first[..1] + last,
            2 => first + r.Pick("", "_") + r.Pick("1980", "77", "ksa", "sa", "_"),
            _ => char.ToUpperInvariant(first[0]) + first[1..] + char.ToUpperInvariant(last[0]) + last[1..],
        };
    }

    private static string Spell(string word) => Latin.TryGetValue(word, out var latin) ? latin : word.All(char.IsAsciiLetter) ? word : "user";
}
