namespace BlazorReader.Bench.Cleaning.Sixth;

// The kinds of page an article was copied from; each writes its chrome its own way.
internal enum SixthFamily
{
    Maghreb,
    Iraq,
    Levant,
    Gulf,
    EgyptPortal,
    Wire,
    WordPress,
    Telegram,
    ReadLater,
    Print,
    AppShare,
    SocialPage,
}

// One invented site of a family: its name as its chrome prints it, an address made up at
// run time (no real host is named), a home city, a news agency it copies from, and whether
// its chrome mixes in French.
internal sealed record SixthSite(SixthFamily Family, string Name, string Host, string City, string Agency, bool French)
{
    public static SixthSite Draw(DressingRandom r)
    {
        var family = r.Pick(Enum.GetValues<SixthFamily>());
        var region = family switch
        {
            SixthFamily.Maghreb => SixthRegion.Maghreb,
            SixthFamily.Iraq => SixthRegion.Iraq,
            SixthFamily.Levant => SixthRegion.Levant,
            SixthFamily.Gulf => SixthRegion.Gulf,
            SixthFamily.EgyptPortal => SixthRegion.Egypt,
            _ => r.Pick(SixthRegion.All),
        };
        var name = r.Pick(region.NameHeads) + " " + r.Pick(region.NameTails);
        var host = (r.Chance(0.3) ? "www." : "") + r.Pick(SixthWords.HostStems) + r.Pick("", "", "24", "-news", "press", "online", "tv", "today")
            + r.Pick(region.Domains);
        return new SixthSite(family, name, host, r.Pick(region.Cities), r.Pick(region.Agencies), region.French && r.Chance(0.6));
    }

    public string Link(DressingRandom r) => SixthLinks.Article(r, this);
}
