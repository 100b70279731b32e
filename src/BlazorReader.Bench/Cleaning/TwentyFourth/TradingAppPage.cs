using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story read in a trading or crypto-exchange app's news feed: price chips for the assets it
// names, a «trade now» button, sentiment votes, the feed's time-and-source line and the risk
// warning every such app prints. A market figure the story states stays body.
internal sealed class TradingAppPage : IPageFamily
{
    private static readonly string[] Assets = ["BTC", "ETH", "XRP", "LTC", "2222.SE", "1120.SE", "TASI", "USD/SAR", "الذهب", "برنت"];

    public void Head(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            Chips(p);
        }
        p.Noise(NoiseKind.Dateline, r.Next(3) switch
        {
            0 => $"منذ {r.Number(r.Between(2, 59))} دقيقة · {r.Pick(DressingPools.Agencies)}",
            1 => $"{Wording.Time(r, p.When)} | {r.Pick(DressingPools.Papers)}",
            _ => $"{r.Pick(DressingPools.LatinAgencies)} • {p.When.ToString("dd MMM, HH:mm", CultureInfo.InvariantCulture)}",
        });
        CommonChrome.Headline(p);
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        List<Action<PageDraft>> inside = [];
        if (r.Chance(0.5))
        {
            inside.Add(q => q.Noise(NoiseKind.MoreLink, q.R.Pick("تداول الآن", "اشترِ الآن ←", "Trade now", "افتح صفقة")));
        }
        if (r.Chance(0.4))
        {
            inside.Add(Chips);
        }
        return inside;
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Counter, $"{r.Pick("صعودي", "متفائل", "Bullish")} {r.Number(r.Between(10, 90))}% | {r.Pick("هبوطي", "متشائم", "Bearish")} {r.Number(r.Between(10, 90))}%");
        }
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Tags, $"الأصول المذكورة{r.Separator(":")}{string.Join(r.Pick(", ", " · "), Assets.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)))}");
        }
        p.Noise(NoiseKind.Footer, r.Next(3) switch
        {
            0 => ["تحذير المخاطر: تداول العملات الرقمية والعقود مقابل الفروقات ينطوي على مخاطر عالية وقد تخسر رأس مالك بالكامل."],
            1 => ["إخلاء مسؤولية", "المحتوى لأغراض إعلامية فقط ولا يُعد نصيحة استثمارية."],
            _ => ["Risk warning: trading involves significant risk of loss."],
        });
        if (r.Chance(0.4))
        {
            CommonChrome.TeaserBlock(p);
        }
    }

    private static void Chips(PageDraft p)
    {
        var r = p.R;
        var chips = Assets.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3))
            .Select(a => $"{a} {Wording.Decimal(r, r.Between(1, 9000), r.Between(10, 99))} {(r.Chance(0.5) ? "▲" : "▼")}{Wording.Decimal1(r, r.Between(0, 9), r.Between(1, 9))}%");
        p.Noise(NoiseKind.Counter, string.Join(r.Pick("   ", " | ", " · "), chips));
    }
}
