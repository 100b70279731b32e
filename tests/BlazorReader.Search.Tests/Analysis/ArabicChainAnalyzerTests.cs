using BlazorReader.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BlazorReader.Search.Tests.Analysis;

public class ArabicChainAnalyzerTests
{
    private static List<(string Term, int Start, int End)> Tokens(TokenForm form, string text)
    {
        using var analyzer = new ArabicChainAnalyzer(form);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<(string, int, int)>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    [Fact]
    public void Emits_normalised_surface_forms_with_original_offsets()
    {
        Assert.Equal([("وبالمدارس", 4, 14)], Tokens(TokenForm.Surface, "إلى وبالمدارسِ"));
    }

    [Fact]
    public void Emits_stems_in_the_stem_form()
    {
        Assert.Equal(["مدارس", "وزار"], Tokens(TokenForm.Stem, "وبالمدارس الوزارة").Select(t => t.Term));
    }
}
