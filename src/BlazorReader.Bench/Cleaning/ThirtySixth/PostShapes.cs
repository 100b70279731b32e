using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A post's parts drawn from pieces: who (honorific names, handles opening with «_» or holding
// digits), what (Arabic, English or both, cashtags and Latin hashtags inside Arabic), where
// (status, x.com, the old «/statuses/» form, t.co, pic.twitter.com) and when (Arabic, English
// or French dates), with the chrome a copy may carry: ALT lines, link cards, an ad break.
internal static class PostShapes
{
    private static readonly string[] English =
    [
        "Proud of our team for finishing the project ahead of schedule",
        "Heavy rain expected tonight, please stay safe on the roads",
        "Great meeting today with the delegation, more to come",
        "Registration opens next Sunday for all applicants",
        "Thank you all for the warm welcome in Riyadh",
    ];

    // Accounts of bodies, each with its own handle.
    private static readonly string[] Orgs = ["وزارة الصحة", "المركز الوطني للأرصاد", "نادي الهلال", "الدفاع المدني", "هيئة السياحة والتراث الوطني"];

    private static readonly string[] OrgHandles = ["SaudiMOH", "NCMKSA1", "Alhilal_FC", "_998KSA", "SCTH2015"];

    public static PostDraft Make(Page p, bool ownMarkup)
    {
        var r = p.R;
        var kind = r.Next(5);
        var org = r.Next(Orgs.Length);
        var name = kind switch
        {
            0 => r.Pick("د. ", "الشيخ ", "م. ", "أ.د. ") + Page.Person(r),
            1 => Orgs[org],
            2 => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast),
            _ => Page.Person(r),
        };
        var handle = kind == 1 ? OrgHandles[org] : r.Next(3) switch
        {
            0 => "_" + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz"),
            1 => r.Letters(r.Between(3, 7), "abcdefghijklmnopqrstuvwxyz") + r.Between(1, 2015).ToString(CultureInfo.InvariantCulture),
            _ => r.Letters(r.Between(5, 11), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"),
        };
        var when = p.When.AddHours(-r.Between(1, 60));
        var id = "62" + r.Letters(16, "0123456789");
        var onlyInAddress = !ownMarkup && r.Chance(0.15);
        var form = onlyInAddress ? r.Next(3) : r.Next(6);
        var url = form switch
        {
            0 => "https://twitter.com/" + handle + "/status/" + id,
            1 => "https://x.com/" + handle + "/status/" + id,
            2 => "https://twitter.com/" + handle + "/statuses/" + id,
            3 or 4 => "https://t.co/" + r.Letters(10),
            _ => "pic.twitter.com/" + r.Letters(10),
        };
        var shown = form < 3 && r.Chance(0.4) ? url + "?ref_src=twsrc%5Etfw" : url;
        var dateText = r.Next(4) switch
        {
            0 => Dates.English(when),
            1 => Dates.FrenchDate(when),
            _ => Dates.Gregorian(r, when),
        };
        var lines = Text(p);
        NoisePiece? interrupt = null;
        if (!ownMarkup && r.Chance(0.12) && lines.Count == 1 && lines[0].Split(' ').Length > 8)
        {
            var words = lines[0].Split(' ');
            var cut = words.Length / 2;
            lines = [string.Join(' ', words[..cut]), string.Join(' ', words[cut..])];
            interrupt = p.Piece(NoiseKind.MoreLink, r.Pick("إعلان - تابع القراءة أدناه", "تابع القراءة أدناه", "— إعلان: تابع القراءة بالأسفل —", "Advertisement · تابع القراءة أدناه"));
        }
        var card = !ownMarkup && r.Chance(0.15) ? p.OtherStory() : null;
        return new PostDraft
        {
            Name = name,
            Handle = handle,
            TextLines = lines,
            Url = url,
            Shown = shown,
            When = when,
            DateText = dateText,
            HasDate = onlyInAddress ? r.Chance(0.6) : r.Chance(0.9),
            HandleInAddressOnly = onlyInAddress,
            BreakLink = r.Chance(0.5),
            Interrupt = interrupt,
            Alt = !ownMarkup && r.Chance(0.15) ? p.Piece(NoiseKind.Caption, r.Pick("صورة: ", "ALT ", "نص بديل: ", "Image: ") + r.Pick("حشود في الملعب قبل المباراة", "لقطة من موقع الحادث", "جانب من المؤتمر الصحفي", "a crowd waiting outside the hall")) : null,
            Card = card is null ? null : new NoisePiece(NoiseKind.Teaser, [card, r.Pick("alriyadh.com", "okaz.com.sa", "www.sabq.org", "aawsat.com", "youtube.com")]) { Teasers = [card] },
        };
    }

    // Arabic, English or both, over one to three lines; a cashtag or Latin hashtag inside.
    private static List<string> Text(Page p)
    {
        var r = p.R;
        var own = TextReferee.Normalize(p.Article.Text);
        string Arabic()
        {
            var s = r.Pick(p.Pools.Sentences);
            for (var i = 0; i < 5 && own.Contains(s, StringComparison.Ordinal); i++)
            {
                s = r.Pick(p.Pools.Sentences);
            }
            return Clean(s);
        }
        var lines = r.Next(6) switch
        {
            0 => [r.Pick(English) + r.Pick(".", "!", " 👏", "")],
            1 => [Arabic(), r.Pick(English) + "."],
            2 => [Arabic(), Arabic()],
            _ => new List<string> { Arabic() },
        };
        if (r.Chance(0.3) && lines[0].Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            // After the first clause or at the end, where posts put them.
            var tag = r.Pick("$TASI", "$SABIC", "#Riyadh", "#KSA", "#SaudiArabia", "$2222");
            var comma = lines[0].IndexOf('،', StringComparison.Ordinal);
            lines[0] = comma > 10 && r.Chance(0.5) ? lines[0][..(comma + 1)] + " " + tag + lines[0][(comma + 1)..] : lines[0] + " " + tag;
        }
        return lines;
    }

    private static string Clean(string s) => s.Replace("\"", "", StringComparison.Ordinal).Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
}
