using System.Buffers;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public sealed class PrintedFormsTests
{
    [Theory]
    [InlineData('ا', "اأإآٱ")]
    [InlineData('ي', "يىئیې")]
    [InlineData('ه', "هةۀ")]
    [InlineData('ك', "كکڪ")]
    [InlineData('ل', "لﻻﻟ")]
    [InlineData('5', "5٥۵")]
    [InlineData('q', "qQ")]
    public void Every_spelling_that_normalises_to_a_letter_is_one_of_its_printed_forms(char letter, string spellings)
    {
        Assert.All(spellings, c => Assert.Contains(c, PrintedForms.Of(letter)));
    }

    [Fact]
    public void Printed_forms_are_exactly_the_characters_whose_normal_form_holds_the_letter()
    {
        foreach (var letter in "اليمونهرتبعقظء0a")
        {
            var forms = PrintedForms.Of(letter);
            Assert.All(forms, c => Assert.Contains(letter, ArabicNormalizer.Normalize([c])));
            Assert.DoesNotContain('ب', letter == 'ب' ? [] : forms);
        }
    }

    [Theory]
    [InlineData('\u064E')]
    [InlineData('\u0640')]
    [InlineData('\u200F')]
    [InlineData('\uFE71')]
    public void Marks_tatweel_controls_and_mark_only_presentation_forms_vanish(char c)
    {
        Assert.True(PrintedForms.Vanishing.Contains(c));
        Assert.Equal("", ArabicNormalizer.Normalize([c]));
    }

    [Fact]
    public void Candidates_tested_on_printed_letters_first_are_the_same_tokens_positions_included()
    {
        const string text = "وصل وزيرُ الخارجية إلى الرّياض ـــ وبالريـاضِ اجتمع بوزراء ﻻ يُذكرون ً في الرياض";
        var letters = SearchValues.Create([.. PrintedForms.Of('ض')]);
        bool MayMatch(ReadOnlySpan<char> s) => s.Contains("رياض", StringComparison.Ordinal);

        Assert.Equal(ArabicTextAnalyzer.Candidates(text, MayMatch), ArabicTextAnalyzer.Candidates(text, MayMatch, letters));
        Assert.Equal(3, ArabicTextAnalyzer.Candidates(text, MayMatch, letters).Count());
    }

    [Fact]
    public void On_corpus_bodies_the_printed_letter_test_drops_no_candidate()
    {
        foreach (var article in CorpusSample.Take(60, seed: 21))
        {
            var words = ArabicTextAnalyzer.Analyze(article.Title ?? article.Text).Take(3).ToList();
            foreach (var stem in words.Select(w => w.Stem))
            {
                bool MayMatch(ReadOnlySpan<char> s) => s.Contains(stem, StringComparison.Ordinal);
                var expected = ArabicTextAnalyzer.Candidates(article.Text, MayMatch).ToList();
                foreach (var letter in stem.Distinct())
                {
                    Assert.Equal(expected, ArabicTextAnalyzer.Candidates(article.Text, MayMatch, SearchValues.Create([.. PrintedForms.Of(letter)])));
                }
            }
        }
    }
}
