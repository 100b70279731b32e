using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("مُدَرِّسَةٌ", "مدرسه")]
    [InlineData("كِتَابًا", "كتابا")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("مَسْؤُول", "مسوول")]
    public void Removes_diacritics_tanween_shadda_sukun_and_dagger_alef(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("الســـعودية", "السعوديه")]
    [InlineData("مـــصـــر", "مصر")]
    public void Removes_tatweel(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("قره\u200Cباغ", "قرهباغ")]
    [InlineData("\u200Fالرياض\u200E", "الرياض")]
    [InlineData("جد\u200Bة", "جده")]
    [InlineData("\u2067مكة\u2069", "مكه")]
    public void Removes_zero_width_and_bidi_controls(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("الإمارات", "الامارات")]
    [InlineData("أحمد", "احمد")]
    [InlineData("آل", "ال")]
    [InlineData("ٱلرحمن", "الرحمن")]
    public void Folds_alef_forms_to_bare_alef(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    public void Folds_alef_maqsura_taa_marbuta_and_hamza_seats(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("کتاب", "كتاب")]
    [InlineData("ڪتاب", "كتاب")]
    [InlineData("کرمانی", "كرماني")]
    [InlineData("مدرسۀ", "مدرسه")]
    [InlineData("مدرسہ", "مدرسه")]
    [InlineData("مدرسە", "مدرسه")]
    [InlineData("پاکستانے", "پاكستاني")]
    public void Maps_persian_and_urdu_letters_to_arabic(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("٢٠١٥", "2015")]
    [InlineData("۱۴۳۶", "1436")]
    [InlineData("عام ١٤٣٦هـ", "عام 1436ه")]
    public void Maps_arabic_indic_digits_to_ascii(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("\uFEEB\uFEE0\uFEEE", "هلو")]
    [InlineData("\uFEF7\uFEE3\uFEEE\uFEAD", "لامور")]
    [InlineData("\uFF21\uFF22\uFF23", "abc")]
    public void Folds_presentation_forms(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(written));

    [Fact]
    public void Lowercases_latin_letters() =>
        Assert.Equal("fifa 2015", ArabicNormalizer.Normalize("FIFA 2015"));

    // Presentation-form points with no compatibility form expanded to themselves, recursing
    // until the stack overflowed (a crash no handler catches).
    [Theory]
    [InlineData("\uFD3E", "\uFD3E")]
    [InlineData("\uFDFD", "\uFDFD")]
    [InlineData("\uFBC5", "\uFBC5")]
    [InlineData("قال\uFD3Fالله", "قال\uFD3Fالله")]
    public void Presentation_forms_with_no_compatibility_form_are_kept_as_printed(string text, string normalised)
    {
        Assert.Equal(normalised, ArabicNormalizer.Normalize(text));
    }
}
