using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// Who posts: a person or a body, named in Arabic or English, with a handle of their own.
internal static class TweetPeople
{
    private static readonly string[] Bodies =
    [
        "وزارة الصحة", "الدفاع المدني", "أمانة منطقة الرياض", "المركز الوطني للأرصاد", "نادي الهلال", "النادي الأهلي", "هيئة الطيران المدني",
        "جامعة الملك سعود", "الهلال الأحمر السعودي", "وزارة التعليم", "شرطة منطقة مكة", "الاتحاد السعودي لكرة القدم",
    ];

    private static readonly string[] BodyHandles = ["SaudiMOH", "SaudiDCD", "Amanat_Riyadh", "NCMKSA", "Alhilal_FC", "ALAHLI_FC", "GACA_KSA", "_KSU", "SRCA_KSA", "moe_gov_sa", "MakkahPolice", "SAFF"];

    private static readonly string[] Translit = ["fahad", "sara", "turki", "noura", "majed", "khalid", "reem", "saad", "mohammed", "hind", "faisal", "bader"];

    private static readonly string[] TranslitFamily = ["alotaibi", "alshammari", "alqahtani", "alghamdi", "alharbi", "almutairi", "aldosari", "alomari"];

    public static (string Name, string Handle) Pick(DressingRandom r)
    {
        switch (r.Next(4))
        {
            case 0:
                var i = r.Next(Bodies.Length);
                return (Bodies[i], BodyHandles[i]);
            case 1:
                var first = r.Pick(DressingPools.LatinFirst);
                var last = r.Pick(DressingPools.LatinLast);
                return ($"{first} {last}", first + r.Pick("", "_") + last.Replace("-", "", StringComparison.Ordinal) + r.Pick("", r.Between(1, 99).ToString(CultureInfo.InvariantCulture)));
            default:
                var name = DressingPools.PersonName(r);
                var handle = r.Pick(Translit) + r.Pick("_", "", "__") + r.Pick(TranslitFamily) + r.Pick("", "", r.Between(1, 999).ToString(CultureInfo.InvariantCulture));
                return (name, r.Chance(0.3) ? Capital(handle) : handle);
        }
    }

    private static string Capital(string handle) => char.ToUpperInvariant(handle[0]) + handle[1..];
}
