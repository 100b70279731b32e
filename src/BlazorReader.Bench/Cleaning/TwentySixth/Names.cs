namespace BlazorReader.Bench.Cleaning.TwentySixth;

// A person's name for bylines and boxes: the shared pool's first and family names, without the
// «بن» chains, which join women's first names to «بن» as often as men's.
internal static class Names
{
    public static string Person(DressingRandom r) => r.Pick(DressingPools.FirstNames) + " " + r.Pick(DressingPools.FamilyNames);
}
