namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A BlackBerry-Messenger-style broadcast forwarded down a chain: «BC»/«بث» labels, forwarding
// headers between «——» rules, «منقول», «انشر تؤجر», a PIN with «أضفني»/«ضيفوني», and the
// prayer lines forwards pick up on the way, round the story as the first sender pasted it.
internal sealed class BroadcastPath : CopyPath
{
    private static string Rule(DressingRandom r) => r.Pick("——", "———————", "ـــــــــــــــ", "- - - - -", "➖➖➖➖");

    private static string Pin(DressingRandom r) => r.Letters(8, "0123456789ABCDEF");

    public override void Head(Sheet s)
    {
        var r = s.R;
        if (r.Chance(0.5))
        {
            s.Raw(r.Pick("-------- رسالة معاد توجيهها --------", "—— Forwarded ——", "محولة:"));
        }
        s.Chrome(NoiseKind.Share, r.Pick("BC:", "بث:", "(BC)", "📢 بث", "BC عاجل", "بث عاجل", "BC 📢") + r.Pick("", " ", " 🔴") + r.Pick("", " - " + r.Pick("انشر تؤجر", "للأمانة انشر", "لا تقف عندك")));
        if (r.Chance(0.4))
        {
            s.Chrome(NoiseKind.Footer, r.Pick("صلوا على النبي ﷺ", "اللهم صل وسلم على نبينا محمد", "سبحان الله وبحمده سبحان الله العظيم"));
        }
        s.Raw(Rule(r));
        var title = TextReferee.Normalize(s.Article.Title ?? "خبر عاجل");
        s.Chrome(NoiseKind.Headline, r.Pick("🔴 ", "⭕ ", "*", "") + r.Pick("عاجل | ", "خبر | ", "", "عاجل: ") + title + r.Pick("", "*", " 🔴"));
        s.Raw(Rule(r));
    }

    public override void Between(Sheet s, int i)
    {
        if (s.R.Chance(0.15))
        {
            s.Raw(s.R.Pick("⬇", "👇", "...", "🔹"));
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Raw(Rule(r));
        var closing = new List<Action>
        {
            () => s.Add(new NoisePiece(NoiseKind.Credit, [r.Pick("منقول", "منقول للفائدة", "#منقول", "منقول ~")])),
            () => s.Chrome(NoiseKind.Share, r.Pick("انشر تؤجر", "انشرها ولك الأجر", "أرسلها لمن تحب", "لا تجعلها تقف عندك") + r.Pick("", " 🌹", " ✋", "..")),
            () => s.Chrome(NoiseKind.Signature, r.Pick("PIN: ", "PIN:", "رمز PIN: ", "pin ", "البن: ") + Pin(r) + r.Pick(" أضفني", " ضيفوني", "", " ⬅ أضفني")),
            () => s.Chrome(NoiseKind.Footer, r.Pick("اللهم اغفر لي ولوالدي وللمؤمنين", "لا إله إلا أنت سبحانك إني كنت من الظالمين", "أستغفر الله العظيم وأتوب إليه") + r.Pick("", " 🤲", "..")),
        };
        foreach (var act in closing.Where(_ => r.Chance(0.7)).OrderBy(_ => r.Next(9)))
        {
            act();
        }
        if (r.Chance(0.5))
        {
            s.Raw(Rule(r));
            s.Chrome(NoiseKind.Share, r.Pick("ضيفوني", "أضفني", "قروب الأخبار") + r.Pick(": ", " ") + Pin(r) + r.Pick("", " 📲"));
        }
        if (r.Chance(0.35) && s.Other() is { } next)
        {
            s.Raw(Rule(r));
            s.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("BC ", "بث ", "🔴 ") + next]) { Teasers = [next] });
        }
    }
}
