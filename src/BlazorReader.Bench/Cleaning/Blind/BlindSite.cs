namespace BlazorReader.Bench.Cleaning.Blind;

// Where a page was scraped from decides its chrome: a wire prints desk codes, a Maghreb
// portal mixes French in, an app or a newsletter prints its own footer.
public enum SiteFamily
{
    Channel,
    Wire,
    GulfDaily,
    EgyptPortal,
    Levant,
    Maghreb,
    App,
    Newsletter,
}

// One site: its name as printed, its address, and its family.
public sealed record BlindSite(string Name, string Domain, SiteFamily Family, string? Agency = null)
{
    private static readonly BlindSite[] All =
    [
        new("الجزيرة نت", "aljazeera.net", SiteFamily.Channel),
        new("سكاي نيوز عربية", "skynewsarabia.com", SiteFamily.Channel),
        new("العربية.نت", "alarabiya.net", SiteFamily.Channel),
        new("بي بي سي عربي", "bbc.com/arabic", SiteFamily.Channel),
        new("فرانس 24", "france24.com/ar", SiteFamily.Channel),
        new("الحرة", "alhurra.com", SiteFamily.Channel),
        new("وكالة الأنباء السعودية", "spa.gov.sa", SiteFamily.Wire, "واس"),
        new("وكالة أنباء الإمارات", "wam.ae", SiteFamily.Wire, "وام"),
        new("وكالة الأنباء الكويتية", "kuna.net.kw", SiteFamily.Wire, "كونا"),
        new("وكالة الأنباء القطرية", "qna.org.qa", SiteFamily.Wire, "قنا"),
        new("وكالة فرانس برس", "afp.com/ar", SiteFamily.Wire, "أ ف ب"),
        new("رويترز", "reuters.com/ar", SiteFamily.Wire, "رويترز"),
        new("صحيفة الخليج", "alkhaleej.ae", SiteFamily.GulfDaily),
        new("الراية", "raya.com", SiteFamily.GulfDaily),
        new("القبس", "alqabas.com", SiteFamily.GulfDaily),
        new("الوطن العمانية", "alwatan.com", SiteFamily.GulfDaily),
        new("أخبار الخليج", "akhbar-alkhaleej.com", SiteFamily.GulfDaily),
        new("اليوم السابع", "youm7.com", SiteFamily.EgyptPortal),
        new("المصري اليوم", "almasryalyoum.com", SiteFamily.EgyptPortal),
        new("مصراوي", "masrawy.com", SiteFamily.EgyptPortal),
        new("بوابة الأهرام", "gate.ahram.org.eg", SiteFamily.EgyptPortal),
        new("الشروق", "shorouknews.com", SiteFamily.EgyptPortal),
        new("النهار", "annahar.com", SiteFamily.Levant),
        new("عمون", "ammonnews.net", SiteFamily.Levant),
        new("السومرية نيوز", "alsumaria.tv", SiteFamily.Levant),
        new("شفق نيوز", "shafaq.com", SiteFamily.Levant),
        new("عنب بلدي", "enabbaladi.net", SiteFamily.Levant),
        new("هسبريس", "hespress.com", SiteFamily.Maghreb),
        new("الشروق أونلاين", "echoroukonline.com", SiteFamily.Maghreb),
        new("الصباح نيوز", "assabahnews.tn", SiteFamily.Maghreb),
        new("le360 عربي", "ar.le360.ma", SiteFamily.Maghreb),
        new("نبض", "nabd.com", SiteFamily.App),
        new("خبّرني", "khaberni.com", SiteFamily.App),
        new("النشرة الصباحية", "nashra-sabah.com", SiteFamily.Newsletter),
        new("موجز اليوم", "mojaz.net", SiteFamily.Newsletter),
    ];

    public static BlindSite Pick(DressingRandom r) => r.Pick(All);

    public bool French => Family == SiteFamily.Maghreb;

    // The address as a page prints it: bare, with www, or with a scheme.
    public string Address(DressingRandom r) => r.Next(4) switch
    {
        0 => Domain,
        1 => "www." + Domain,
        2 => "https://www." + Domain,
        _ => "https://" + Domain,
    };
}
