namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A data notebook exported to text: «In [3]:» / «Out[3]:» cells, code that loads the scraped
// articles, and the story printed in an output cell; a last cell counting rows below it.
internal sealed class NotebookFrame : Frame
{
    private int cell;

    public override void Head(Page p)
    {
        var r = p.R;
        cell = r.Between(1, 6);
        p.Chrome(NoiseKind.Footer, $"{r.Pick("news_archive", "تحليل_الأخبار", "scrape-2015")}.ipynb{r.Pick("", " — Jupyter", " · آخر حفظ " + Dates.Ago(r))}");
        p.Chrome(NoiseKind.Footer, $"In [{Dates.N(cell)}]:", r.Pick("import pandas as pd", "import json"), $"df = pd.read_json('{r.Pick("articles", "saudinewsnet", "news")}.json')");
        if (p.Title is not null && r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Headline, r.Pick("# ", "## ") + p.Title);
        }
        cell += r.Between(1, 3);
        p.Chrome(NoiseKind.Footer, $"In [{Dates.N(cell)}]:", r.Pick($"print(df.loc[{Dates.N(r.Between(10, 9999))}, 'content'])", "print(article['content'])", $"df.content[{Dates.N(r.Between(10, 9999))}]"));
    }

    public override void BeforeStory(Page p)
    {
        if (p.R.Chance(0.7))
        {
            p.Chrome(NoiseKind.Footer, $"Out[{Dates.N(cell)}]:");
        }
    }

    public override void Between(Page p, int index)
    {
        if (p.R.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, p.R.Pick("...", "[output truncated]", "⋯ (تم اقتطاع الإخراج)"));
        }
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        cell++;
        p.Chrome(NoiseKind.Footer, $"In [{Dates.N(cell)}]:", r.Pick("len(df)", "df.shape", "df['source'].value_counts().head(3)"));
        p.Chrome(NoiseKind.Counter, $"Out[{Dates.N(cell)}]:", r.Pick(Dates.N(r.Between(9000, 31030)), $"({Dates.N(r.Between(9000, 31030))}, 7)", $"alriyadh    {Dates.N(r.Between(900, 4000))}"));
        if (p.OtherStory() is { } other)
        {
            cell++;
            p.Chrome(NoiseKind.Footer, $"In [{Dates.N(cell)}]:", "df.title.sample(1).iloc[0]");
            p.Piece(new NoisePiece(NoiseKind.Teaser, [$"Out[{Dates.N(cell)}]: '{other}'"]) { Teasers = [other] });
        }
        p.Chrome(NoiseKind.Footer, $"In [{r.Pick(" ", "")}]:");
    }
}
