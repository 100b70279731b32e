using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Analysis;

public class ArabicVariantSearchTests
{
    private static List<int> Ids(string query)
    {
        using var index = NewIndex();
        return index.Search(new SearchRequest(query)).Items.Select(i => i.Id).ToList();
    }

    [Fact]
    public void Finds_alef_variants_of_title_word() => Assert.Contains(EmiratiSoldier, Ids("الاماراتي"));

    [Fact]
    public void Finds_taa_marbuta_variant_of_title_word() => Assert.Contains(HealthJobs, Ids("وزاره الصحه تمريض"));

    [Fact]
    public void Finds_word_written_with_diacritics_and_tatweel() => Assert.Contains(ThadiqHospital, Ids("ثَادِقْ الـمُـسـتـشـفـى"));

    [Fact]
    public void Finds_word_with_stacked_proclitics_added() => Assert.Contains(Qarabagh, Ids("وبالقرى"));

    [Fact]
    public void Finds_word_with_its_article_removed() => Assert.Contains(RedCrescent, Ids("هلال احمر"));

    [Fact]
    public void Finds_word_typed_with_persian_letters() => Assert.Contains(Qarabagh, Ids("أذربیجان"));

    [Fact]
    public void Finds_number_typed_with_arabic_indic_digits() => Assert.Contains(HealthJobs, Ids("٧٢ وظيفة"));

    [Fact]
    public void Finds_words_in_any_order() => Assert.Contains(Qarabagh, Ids("باغ قره أذربيجان"));
}
