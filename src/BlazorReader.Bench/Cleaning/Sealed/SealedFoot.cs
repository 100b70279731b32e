namespace BlazorReader.Bench.Cleaning.Sealed;

// What goes below the story, each kind drawn on its own and laid out in any order: a sign-off
// and the source tend to come first, as agencies write them; other stories can sit on both
// sides of the rights line.
internal static class SealedFoot
{
    private static readonly string[] Sections = ["اقتصاد", "رياضة", "محليات", "أسواق", "الأوقاف", "دوري_المحترفين", "المغتربين"];

    public static List<NoisePiece> Plan(DressingRandom r, DressingPools pools, string? title, List<string> body)
    {
        var early = new List<NoisePiece>();
        var rest = new List<NoisePiece>();
        void Maybe(double p, bool earlyOften, Func<NoisePiece> make)
        {
            if (r.Chance(p))
            {
                (earlyOften && r.Chance(0.6) ? early : rest).Add(make());
            }
        }
        Maybe(0.12, true, () => SealedFootChrome.Signature(r));
        Maybe(0.28, true, () => SealedStoryChrome.Credit(r, glued: false));
        Maybe(0.05, true, () => SealedHeadChrome.Byline(r));
        Maybe(0.04, true, () => SealedStoryChrome.Caption(r));
        Maybe(0.12, true, () => SealedSocialChrome.MoreLink(r, glued: false));
        Maybe(0.12, false, () => SealedSocialChrome.Tags(r, TagWords(r, title), glued: false));
        Maybe(0.3, false, () => SealedSocialChrome.Share(r));
        Maybe(0.25, false, () => SealedFootChrome.Counter(r));
        Maybe(0.08, false, () => SealedStoryChrome.ReadAlsoBlock(r, [.. Enumerable.Range(0, r.Between(2, 4)).Select(_ => SealedWords.OtherTitle(r, pools, title, body)).Distinct()]));
        Maybe(0.4, false, () => SealedTeasers.Block(r, pools, title, body, r.Between(1, 5)));
        Maybe(0.45, false, () => SealedFootChrome.Footer(r));
        rest = [.. rest.OrderBy(_ => r.Next(1000))];
        var footer = rest.FindIndex(p => p.Kind == NoiseKind.Footer);
        if (footer >= 0 && rest.Any(p => p.Kind == NoiseKind.Teaser) && r.Chance(0.3))
        {
            rest.Insert(footer + 1, SealedTeasers.Block(r, pools, title, body, r.Between(1, 4)));
        }
        if (r.Chance(0.03) && body.Count > 1)
        {
            var last = body[^1];
            rest.Insert(r.Between(0, rest.Count), new NoisePiece(NoiseKind.Repeat, [last]));
        }
        return [.. early.OrderBy(_ => r.Next(1000)), .. rest];
    }

    // What a site tags a story with: words of its title, the town, the section.
    public static List<string> TagWords(DressingRandom r, string? title)
    {
        var words = (title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('،', ',', '.', ':', '"', '«', '»', '(', ')'))
            .Where(w => w.Length >= 4).Distinct().OrderBy(_ => r.Next(1000)).Take(3).ToList();
        words.Add(r.Pick(SealedWords.Towns));
        words.Add(r.Pick(Sections));
        return [.. words.Distinct().OrderBy(_ => r.Next(1000))];
    }
}
