using BlazorReader.Core.Articles;
using BlazorReader.Search.Completion;
using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Completion;

public class ArticleCompletionsTests
{
    private static readonly DateTime Day = new(2015, 8, 10, 8, 0, 0, DateTimeKind.Utc);

    private static ArticleIndex IndexOf(params SearchDocument[] documents)
    {
        var index = ArticleIndex.InMemory();
        foreach (var document in documents)
        {
            index.Upsert(document);
        }
        index.Commit();
        return index;
    }

    private static SearchDocument Headline(int id, string title, ArticleStatus status = ArticleStatus.Published, int daysAgo = 0) =>
        new(id, title, "نص الخبر.", "okaz", [], status, Day.AddDays(-daysAgo), "slug-" + id);

    private static List<string> Texts(IEnumerable<CompletionItem> items) => [.. items.Select(i => i.Text)];

    [Theory]
    [InlineData("أذربيجان")]
    [InlineData("اذربيجان")]
    [InlineData("أَذْرَبِيـجان")]
    [InlineData("اذر")]
    public void Completes_a_headline_from_its_normalised_start(string typed)
    {
        using var index = IndexOf(All);
        var item = Assert.Single(new ArticleCompletions(index).Suggest(typed), i => i.Kind == CompletionKind.Title);
        Assert.Equal(("أذربيجان تستعيد قرى في قره باغ", Qarabagh, ""), (item.Text, item.ArticleId, item.Slug));
    }

    [Fact]
    public void Completes_a_headline_from_a_later_word()
    {
        using var index = IndexOf(All);
        Assert.Contains("فيصل بن سلمان ينوه بالخدمات الإسعافية المقدمة من الهلال الأحمر", Texts(new ArticleCompletions(index).Suggest("الهلال الاح")));
    }

    [Fact]
    public void Offers_a_phrase_two_headlines_share_as_a_search_printed_as_written()
    {
        using var index = IndexOf(
            Headline(1, "وزارة الصحة تعلن عن وظائف فني تمريض"),
            Headline(2, "وزارة الصحة: 500 إصابة جديدة بكورونا"),
            Headline(3, "وزارة العمل تطلق برنامجا جديدا"));
        var items = new ArticleCompletions(index).Suggest("وزاره الص");
        var phrase = Assert.Single(items, i => i.Kind == CompletionKind.Phrase);
        Assert.Equal(("وزارة الصحة", null), (phrase.Text, phrase.ArticleId));
        Assert.DoesNotContain(items, i => i.Text == "وزارة العمل");
    }

    [Fact]
    public void A_phrase_never_crosses_punctuation_nor_ends_on_a_function_word()
    {
        using var index = IndexOf(
            Headline(1, "الرياض: الأمطار في المنطقة الشرقية"),
            Headline(2, "الرياض: الأمطار في جدة"));
        var texts = Texts(new ArticleCompletions(index).Suggest("الرياض").Where(i => i.Kind == CompletionKind.Phrase));
        Assert.Contains("الرياض", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("الرياض ", StringComparison.Ordinal) || t.StartsWith("الرياض:", StringComparison.Ordinal));
        Assert.Contains("الأمطار", Texts(new ArticleCompletions(index).Suggest("الامط")));
        Assert.DoesNotContain("الأمطار في", Texts(new ArticleCompletions(index).Suggest("الامطار ف")));
    }

    [Fact]
    public void A_phrase_does_not_end_on_the_preposition_ala_but_the_name_ali_may()
    {
        using var index = IndexOf(
            Headline(1, "أمطار غزيرة على جدة"), Headline(2, "أمطار غزيرة على مكة"),
            Headline(3, "الأمير علي يفتتح"), Headline(4, "الأمير علي يزور"));
        var completions = new ArticleCompletions(index);
        Assert.DoesNotContain("أمطار غزيرة على", Texts(completions.Suggest("أمطار غزيرة")));
        Assert.Contains("الأمير علي", Texts(completions.Suggest("الأمير ع")));
    }

    [Theory]
    [InlineData("والهلال")]
    [InlineData("بالهلال")]
    [InlineData("للهلال")]
    [InlineData("وللهلال")]
    [InlineData("هلال")]
    public void A_leading_clitic_is_taken_off_or_al_put_on_when_that_finds_completions(string typed)
    {
        using var index = IndexOf(
            Headline(1, "الهلال يفوز على النصر"),
            Headline(2, "الهلال يتعادل مع الاتحاد"));
        Assert.Contains("الهلال", Texts(new ArticleCompletions(index).Suggest(typed)));
    }

    [Fact]
    public void A_word_that_only_starts_like_a_clitic_keeps_its_own_completions_first()
    {
        using var index = IndexOf(
            Headline(1, "وزير الخارجية يلتقي نظيره"),
            Headline(2, "وزير الخارجية يصل الرياض"),
            Headline(3, "زيارة رسمية إلى الكويت"));
        var texts = Texts(new ArticleCompletions(index).Suggest("وزي"));
        Assert.Equal("وزير", texts[0]);
        Assert.Contains("وزير الخارجية", texts);
    }

    [Fact]
    public void Drafts_and_hidden_articles_never_complete()
    {
        using var index = IndexOf(All);
        var completions = new ArticleCompletions(index);
        Assert.Empty(completions.Suggest("خطة لصيانة"));
        Assert.Empty(completions.Suggest("ملاحظة داخلية"));
        // «المدارس» is in a draft's and a hidden article's headline: two headlines, but not published ones.
        Assert.Empty(completions.Suggest("المدارس"));
    }

    [Fact]
    public void Offers_at_most_eight()
    {
        using var index = IndexOf([.. Enumerable.Range(1, 20).Select(i => Headline(i, $"وزير الخارجية يلتقي سفير الدولة رقم {i}"))]);
        Assert.Equal(ArticleCompletions.MaxItems, new ArticleCompletions(index).Suggest("وزير").Count);
        Assert.Equal(8, ArticleCompletions.MaxItems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("أ")]
    [InlineData("أَ")]
    [InlineData("؟!")]
    public void Needs_two_letters(string typed)
    {
        using var index = IndexOf(All);
        Assert.Empty(new ArticleCompletions(index).Suggest(typed));
    }

    [Fact]
    public void Two_letters_are_enough()
    {
        using var index = IndexOf(All);
        Assert.NotEmpty(new ArticleCompletions(index).Suggest("أذ"));
    }

    [Fact]
    public void A_phrase_more_headlines_share_ranks_first_and_recent_ones_break_ties()
    {
        using var index = IndexOf(
            Headline(1, "الملك سلمان يستقبل", daysAgo: 60), Headline(2, "الملك سلمان يوجه", daysAgo: 60), Headline(3, "الملك سلمان يصل", daysAgo: 60),
            Headline(4, "الملك عبدالله الثاني يزور", daysAgo: 0), Headline(5, "الملك عبدالله الثاني يلتقي", daysAgo: 0),
            Headline(6, "الملك فهد في الذاكرة", daysAgo: 300), Headline(7, "الملك فهد والتعليم", daysAgo: 300));
        var phrases = new ArticleCompletions(index).Suggest("الملك ").Where(i => i.Kind == CompletionKind.Phrase).Select(i => i.Text).ToList();
        Assert.Equal(["الملك سلمان", "الملك عبدالله", "الملك عبدالله الثاني", "الملك فهد"], phrases);
    }

    [Fact]
    public void A_trailing_space_asks_for_the_words_after_a_whole_word()
    {
        using var index = IndexOf(
            Headline(1, "وزارة الصحة تعلن"), Headline(2, "وزارة الصحة تحذر"),
            Headline(3, "وزاري عربي يبحث"), Headline(4, "وزاري عربي يلتقي"));
        var texts = Texts(new ArticleCompletions(index).Suggest("وزارة "));
        Assert.Contains("وزارة الصحة", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("وزاري", StringComparison.Ordinal));
    }

    [Fact]
    public void Follows_the_index_as_articles_are_published_and_withdrawn()
    {
        using var index = IndexOf(All);
        var completions = new ArticleCompletions(index);
        Assert.Empty(completions.Suggest("خطة لصيانة"));

        index.Upsert(All.Single(a => a.Id == SchoolsDraft) with { Status = ArticleStatus.Published });
        index.Commit();
        completions.Refresh();
        Assert.Equal(SchoolsDraft, Assert.Single(completions.Suggest("خطة لصيانة")).ArticleId);

        index.Upsert(All.Single(a => a.Id == SchoolsDraft));
        index.Commit();
        completions.Refresh();
        Assert.Empty(completions.Suggest("خطة لصيانة"));
    }

    [Fact]
    public void A_remembered_two_letter_answer_goes_with_the_set_it_came_from()
    {
        using var index = IndexOf(All);
        var completions = new ArticleCompletions(index);
        Assert.Empty(completions.Suggest("خط"));

        index.Upsert(All.Single(a => a.Id == SchoolsDraft) with { Status = ArticleStatus.Published });
        index.Commit();
        completions.Refresh();
        Assert.Contains(completions.Suggest("خط"), i => i.ArticleId == SchoolsDraft);
    }

    [Fact]
    public void A_headline_several_papers_printed_is_offered_once_as_its_latest_article()
    {
        using var index = IndexOf(All);
        var item = Assert.Single(new ArticleCompletions(index).Suggest("وزارة الصحة تعلن"), i => i.Kind == CompletionKind.Title);
        Assert.Equal(HealthJobsRepeat, item.ArticleId);
    }
}
