using System.Diagnostics;
using BlazorReader.Bench.Search;

namespace BlazorReader.Bench.Tests.Search;

public class TypingSampleTests
{
    private static readonly string[] Titles =
    [
        "وزارة الصحة تعلن عن توفر 72 وظيفة فني تمريض",
        "أذربيجان تستعيد قرى في قره باغ",
        "محافظ ثادق يزور المستشفى ويعايد المرضى المنومين",
    ];

    [Fact]
    public void Types_each_headline_keystroke_by_keystroke_from_two_letters_to_twenty()
    {
        var typed = TypingSample.From(Titles, headlines: 3, seed: 1);
        Assert.All(typed, q => Assert.InRange(q.Length, 2, 20));
        var runs = typed.Select((q, i) => (q, i)).Where(x => x.q.Length == 2).Select(x => x.i).ToList();
        Assert.Equal(3, runs.Count);
        Assert.All(runs, start => Assert.StartsWith(typed[start], typed[start + 1], StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_types_the_same_keystrokes()
    {
        Assert.Equal(TypingSample.From(Titles, 3, seed: 5), TypingSample.From(Titles, 3, seed: 5));
    }

    [Fact]
    public void Percentiles_are_read_from_the_sorted_timings()
    {
        var ticks = Enumerable.Range(1, 100).Select(i => i * Stopwatch.Frequency / 1000).Reverse().ToList();
        var figures = LatencyFigures.Of(ticks);
        Assert.Equal((50.0, 95.0, 99.0), (Math.Round(figures.P50), Math.Round(figures.P95), Math.Round(figures.P99)));
    }
}
