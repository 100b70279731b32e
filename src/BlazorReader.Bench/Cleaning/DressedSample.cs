using BlazorReader.Bench.Cleaning.Blind;
using BlazorReader.Bench.Cleaning.Eighteenth;
using BlazorReader.Bench.Cleaning.Eighth;
using BlazorReader.Bench.Cleaning.Eleventh;
using BlazorReader.Bench.Cleaning.Fifteenth;
using BlazorReader.Bench.Cleaning.Fourteenth;
using BlazorReader.Bench.Cleaning.Fresh;
using BlazorReader.Bench.Cleaning.Holdout;
using BlazorReader.Bench.Cleaning.Nineteenth;
using BlazorReader.Bench.Cleaning.Ninth;
using BlazorReader.Bench.Cleaning.Sealed;
using BlazorReader.Bench.Cleaning.Seventeenth;
using BlazorReader.Bench.Cleaning.Seventh;
using BlazorReader.Bench.Cleaning.Sixteenth;
using BlazorReader.Bench.Cleaning.Sixth;
using BlazorReader.Bench.Cleaning.Tenth;
using BlazorReader.Bench.Cleaning.Thirteenth;
using BlazorReader.Bench.Cleaning.Thirtieth;
using BlazorReader.Bench.Cleaning.ThirtyFirst;
using BlazorReader.Bench.Cleaning.ThirtyFifth;
using BlazorReader.Bench.Cleaning.ThirtyFourth;
using BlazorReader.Bench.Cleaning.ThirtySecond;
using BlazorReader.Bench.Cleaning.ThirtySixth;
using BlazorReader.Bench.Cleaning.ThirtyThird;
using BlazorReader.Bench.Cleaning.Twelfth;
using BlazorReader.Bench.Cleaning.Twentieth;
using BlazorReader.Bench.Cleaning.TwentyEighth;
using BlazorReader.Bench.Cleaning.TwentyFifth;
using BlazorReader.Bench.Cleaning.TwentyFirst;
using BlazorReader.Bench.Cleaning.TwentyFourth;
using BlazorReader.Bench.Cleaning.TwentyNinth;
using BlazorReader.Bench.Cleaning.TwentySecond;
using BlazorReader.Bench.Cleaning.TwentySeventh;
using BlazorReader.Bench.Cleaning.TwentySixth;
using BlazorReader.Bench.Cleaning.TwentyThird;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// Clean corpus articles drawn by seed and dressed in one catalogue's shapes: what `bench clean`
// scores and what `bench clean-model` learns from.
public static class DressedSample
{
    public static List<DressedArticle> Draw(List<RawArticle> all, List<RawArticle> cleanPool, int count, int seed, DressingCatalogue catalogue)
    {
        var r = new DressingRandom(seed);
        var chosen = Choose(cleanPool, count, r);
        var pools = new DressingPools(all, cleanPool);
        IArticleDresser dresser = catalogue switch
        {
            DressingCatalogue.Holdout => new HoldoutDresser(pools),
            DressingCatalogue.Fresh => new FreshDresser(pools),
            DressingCatalogue.Blind => new BlindDresser(pools),
            DressingCatalogue.Sealed => new SealedDresser(pools),
            DressingCatalogue.Sixth => new SixthDresser(pools),
            DressingCatalogue.Seventh => new SeventhDresser(pools),
            DressingCatalogue.Eighth => new EighthDresser(pools),
            DressingCatalogue.Ninth => new NinthDresser(pools),
            DressingCatalogue.Tenth => new TenthDresser(pools),
            DressingCatalogue.Eleventh => new EleventhDresser(pools),
            DressingCatalogue.Twelfth => new TwelfthDresser(pools),
            DressingCatalogue.Thirteenth => new ThirteenthDresser(pools),
            DressingCatalogue.Fourteenth => new FourteenthDresser(pools),
            DressingCatalogue.Fifteenth => new FifteenthDresser(pools),
            DressingCatalogue.Sixteenth => new SixteenthDresser(pools),
            DressingCatalogue.Seventeenth => new SeventeenthDresser(pools),
            DressingCatalogue.Eighteenth => new EighteenthDresser(pools),
            DressingCatalogue.Nineteenth => new NineteenthDresser(pools),
            DressingCatalogue.Twentieth => new TwentiethDresser(pools),
            DressingCatalogue.TwentyFirst => new TwentyFirstDresser(pools),
            DressingCatalogue.TwentySecond => new TwentySecondDresser(pools),
            DressingCatalogue.TwentyThird => new TwentyThirdDresser(pools),
            DressingCatalogue.TwentyFourth => new TwentyFourthDresser(pools),
            DressingCatalogue.TwentyFifth => new TwentyFifthDresser(pools),
            DressingCatalogue.TwentySixth => new TwentySixthDresser(pools),
            DressingCatalogue.TwentySeventh => new TwentySeventhDresser(pools),
            DressingCatalogue.TwentyEighth => new TwentyEighthDresser(pools),
            DressingCatalogue.TwentyNinth => new TwentyNinthDresser(pools),
            DressingCatalogue.Thirtieth => new ThirtiethDresser(pools),
            DressingCatalogue.ThirtyFirst => new ThirtyFirstDresser(pools),
            DressingCatalogue.ThirtySecond => new ThirtySecondDresser(pools),
            DressingCatalogue.ThirtyThird => new ThirtyThirdDresser(pools),
            DressingCatalogue.ThirtyFourth => new ThirtyFourthDresser(pools),
            DressingCatalogue.ThirtyFifth => new ThirtyFifthDresser(pools),
            DressingCatalogue.ThirtySixth => new ThirtySixthDresser(pools),
            _ => new ArticleDresser(pools),
        };
        return [.. chosen.Select((a, i) => dresser.Dress(a, $"#{i} {a.Source} {a.SourceUrl}", r))];
    }

    // The articles `Draw` dresses for a seed, so that a model learned from dressed articles can
    // leave out those the benchmark will score it on.
    public static List<RawArticle> Bodies(List<RawArticle> cleanPool, int count, int seed) => Choose(cleanPool, count, new DressingRandom(seed));

    private static List<RawArticle> Choose(List<RawArticle> cleanPool, int count, DressingRandom r) =>
        [.. cleanPool.OrderBy(_ => r.Next(int.MaxValue)).Take(count)];
}
