using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Cleaning;

// Properties that hold for any article: checked on the seed and every fixture.
public class CleanerPropertyTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string> { "seed" };
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus"), "*.json").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(f));
        }
        return data;
    }

    internal static RawArticle Load(string name) => name == "seed"
        ? new RawArticle(Clean.SeedText)
        : ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus", name + ".json")).Single().Article!;

    [Theory]
    [MemberData(nameof(Articles))]
    public void Cleaning_its_own_markdown_gives_the_same_blocks(string name)
    {
        var cleaner = new ArticleCleaner();
        var first = cleaner.Clean(Load(name));
        var again = cleaner.Clean(new RawArticle(first.Markdown, Title: first.Title, PublishedAt: first.PublishedAt?.ToDateTime(TimeOnly.MinValue)));
        Assert.Equal(first.Blocks, again.Blocks);
        Assert.Equal(first.Markdown, again.Markdown);
        Assert.Empty(again.Removed);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Output_has_no_carriage_return_bom_or_bidi_control(string name)
    {
        var c = new ArticleCleaner().Clean(Load(name) is var raw ? raw with { Text = "\uFEFF" + raw.Text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\u200F" } : null!);
        var all = string.Concat([c.Title, c.Markdown, .. c.Blocks.Select(b => b.Text), .. c.Removed.Select(r => r.Text), .. c.Teasers.Select(t => t.Text)]);
        Assert.DoesNotContain('\r', all);
        Assert.DoesNotContain('\uFEFF', all);
        Assert.DoesNotContain('\u200F', all);
    }

    [Fact]
    public void An_already_clean_article_comes_out_whole()
    {
        var raw = Load("seed");
        var body = new ArticleCleaner().Clean(raw).Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        var clean = new ArticleCleaner().Clean(new RawArticle(string.Join("\n\n", body), Title: "عنوان"));
        Assert.Equal(body, clean.Blocks.Select(b => b.Text));
        Assert.Empty(clean.Removed);
    }

    [Fact]
    public void Markdown_openers_in_text_are_escaped_and_read_back()
    {
        var raw = new RawArticle("# ليس عنوانا\n- ليس قائمة\n1. ليس ترقيما\n> ليس اقتباسا", Title: "ت");
        var first = new ArticleCleaner().Clean(raw);
        Assert.StartsWith("\\# ليس عنوانا", first.Markdown, StringComparison.Ordinal);
        Assert.Equal(first.Blocks, new ArticleCleaner().Clean(new RawArticle(first.Markdown, Title: "ت")).Blocks);
    }
}
