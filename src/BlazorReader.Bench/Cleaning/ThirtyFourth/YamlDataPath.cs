namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A static site's YAML data file of stories: «- id:», a quoted «title:», «date:», «author:»,
// «tags: [..]», «body: |» with the story's paragraphs indented by two or four spaces (blank
// lines between, as a block scalar keeps them), «related:» titles and the next record's title.
internal sealed class YamlDataPath : CopyPath
{
    private string indent = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        var d = Calendar.Day(r, s);
        indent = r.Pick("  ", "    ");
        if (r.Chance(0.4))
        {
            s.Raw("# _data/" + r.Pick("news", "akhbar", "stories") + ".yml", r.Pick("---", ""));
        }
        if (r.Chance(0.4) && s.Other() is { } before)
        {
            s.Raw("- id: " + r.Between(1000, 9999));
            s.Add(new NoisePiece(NoiseKind.Teaser, ["  title: \"" + before + "\""]) { Teasers = [before] });
            s.Raw("  date: " + $"{d.AddDays(-1):yyyy-MM-dd}", "  body: |", "    …");
        }
        s.Raw("- id: " + r.Between(10000, 99999));
        Title(s, "  title: \"", "\"");
        var fields = new List<Action>
        {
            () => s.Chrome(NoiseKind.Dateline, "  date: " + r.Pick($"{d:yyyy-MM-dd}", $"{d:yyyy-MM-dd} {r.Between(0, 23):00}:{r.Next(60):00}:00 +0300")),
            () => s.Chrome(NoiseKind.Byline, "  author: " + r.Pick("\"", "") + DressingPools.PersonName(r) + r.Pick("\"", "")),
            () => s.Chrome(NoiseKind.Tags, "  tags: [" + string.Join(", ", TextReferee.Normalize(s.Article.Title ?? "أخبار").Split(' ').Where(w => w.Length >= 4).Take(3).Append(r.Pick("محليات", "اقتصاد"))) + "]"),
            () => s.Add(r.Pick(DressingPools.Agencies) is var a ? new NoisePiece(NoiseKind.Credit, ["  source: " + a]) { Credit = a } : null!),
        };
        foreach (var field in fields.Where(_ => r.Chance(0.75)).OrderBy(_ => r.Next(9)))
        {
            field();
        }
        s.Raw("  draft: false", r.Pick("  body: |", "  body: |-", "  content: |"));
    }

    public override void Open(Sheet s) => s.Prefix = indent;

    public override void Between(Sheet s, int i)
    {
        if (s.R.Chance(0.7))
        {
            s.Raw("");
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        var titles = Enumerable.Range(0, r.Between(1, 3)).Select(_ => s.Other()).OfType<string>().Distinct().ToList();
        if (titles.Count > 0 && r.Chance(0.7))
        {
            string[] lines = [.. titles.Select(t => r.Pick("    - \"", "    - title: \"") + t + "\"")];
            s.Raw("  related:");
            s.Raw(lines);
            s.Noise.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
        }
        if (r.Chance(0.4))
        {
            s.Chrome(NoiseKind.Counter, "  views: " + r.Between(50, 90000));
        }
        if (r.Chance(0.5) && s.Other() is { } next)
        {
            s.Raw("- id: " + r.Between(10000, 99999));
            s.Add(new NoisePiece(NoiseKind.Teaser, ["  title: \"" + next + "\""]) { Teasers = [next] });
        }
    }
}
