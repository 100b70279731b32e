namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The papers a copied story came from, with their domains, and the addresses of their pages.
internal static class Sites
{
    private static readonly (string Name, string Domain)[] Known =
    [
        ("سبق", "sabq.org"), ("عكاظ", "www.okaz.com.sa"), ("الرياض", "www.alriyadh.com"), ("المدينة", "www.al-madina.com"),
        ("الوطن", "www.alwatan.com.sa"), ("اليوم", "www.alyaum.com"), ("الجزيرة", "www.al-jazirah.com"), ("الشرق الأوسط", "aawsat.com"),
        ("الاقتصادية", "www.aleqt.com"), ("المواطن", "www.almowaten.net"), ("تواصل", "twasul.info"), ("الوئام", "www.alweeam.com.sa"),
    ];

    public static (string Name, string Domain) Pick(DressingRandom r) => r.Pick(Known);

    public static string Address(DressingRandom r, string domain) =>
        r.Pick("https://", "http://", "") + domain + "/" + r.Pick("news/", "article/", "local/", "", "ar/") + r.Letters(r.Between(5, 8), "0123456789") + r.Pick("", ".html", "/" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz"));

    // «الرياض - واس:» on the lead, as the story came from a wire or a correspondent.
    public static NoisePiece Dateline(DressingRandom r)
    {
        var place = r.Pick(DressingPools.Cities);
        var who = r.Chance(0.6) ? r.Pick(DressingPools.Agencies) : DressingPools.PersonName(r);
        var text = r.Next(3) switch
        {
            0 => place + r.Separator("-", "–", "ـ") + who + r.Pick(":", ":", ""),
            1 => place + r.Pick(":", " :", "،"),
            _ => "(" + who + ")" + r.Separator("-", "–") + place + ":",
        };
        return new NoisePiece(NoiseKind.Dateline, [text], Glued: true);
    }
}
