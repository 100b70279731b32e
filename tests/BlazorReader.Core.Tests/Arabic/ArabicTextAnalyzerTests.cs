using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicTextAnalyzerTests
{
    [Fact]
    public void Gives_surface_form_stem_and_original_offsets()
    {
        const string text = "زار الوزيرُ وبالمدارسِ";
        var token = ArabicTextAnalyzer.Analyze(text)[2];
        Assert.Equal(("وبالمدارس", "مدارس", "وبالمدارسِ"), (token.Surface, token.Stem, text[token.Start..token.End]));
    }

    [Fact]
    public void Counts_positions_across_removed_stopwords()
    {
        var positions = ArabicTextAnalyzer.Analyze("وصل الوزير إلى الرياض").Select(t => t.Position);
        Assert.Equal([0, 1, 3], positions);
    }

    [Fact]
    public void Skips_words_made_only_of_diacritics()
    {
        Assert.Empty(ArabicTextAnalyzer.Analyze("ً ّ ـــ"));
    }

    [Fact]
    public void Gives_variant_spellings_the_same_surface_form()
    {
        string[] spellings = ["الإمارات", "الامارات", "الإمـــاراتُ"];
        var forms = spellings.Select(w => ArabicTextAnalyzer.Analyze(w)[0].Surface).Distinct();
        Assert.Single(forms);
    }

    [Fact]
    public void Candidates_are_the_full_chain_tokens_that_pass_the_test()
    {
        const string text = "وصل وزيرُ الخارجية إلى الرياض وبالرياضِ اجتمع بوزراء ﻻ يُذكرون";
        var all = ArabicTextAnalyzer.Analyze(text);
        var candidates = ArabicTextAnalyzer.Candidates(text, surface => surface.Contains("رياض", StringComparison.Ordinal));
        Assert.Equal(all.Where(t => t.Surface.Contains("رياض", StringComparison.Ordinal)), candidates);
    }

    [Fact]
    public void Candidates_skip_stopwords_that_pass_the_test()
    {
        Assert.Empty(ArabicTextAnalyzer.Candidates("إلى الرياض", surface => surface.SequenceEqual("الي")));
    }
}
