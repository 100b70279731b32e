using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Markdown;

// Every cleaned article is one format with an edited one: its Markdown, read through Markdig
// as an editor's save is, gives back the very blocks the cleaner stored.
public class CorpusRoundTripTests
{
    [Fact]
    public void Cleaned_corpus_articles_read_back_through_markdig_to_the_same_blocks()
    {
        var cleaner = new ArticleCleaner();
        foreach (var raw in CorpusSample.Take(300, seed: 16))
        {
            var cleaned = cleaner.Clean(raw);
            var (blocks, markdown) = EditedBody.Read(cleaned.Markdown);
            Assert.Equal(cleaned.Blocks, blocks);
            Assert.Equal(cleaned.Markdown, markdown);
        }
    }
}
