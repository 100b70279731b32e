using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A pair of dashes that sets off an aside inside the opening sentence, against a dateline or a
// byline glued before the lead with the same marks. Openings are corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1068935, aljazirah 20150808 ln36, okaz
// 20150731786616, alyaum 4079820, 4079815 and 4080079, aawsat 417711, almadina 620365,
// alwatan 27363, arreyadi NjU2NQ); the datelines' names, places and sites are made up.
public class AsideBetweenDashesTests
{
    private const string Second = "وأوضح مدير الدفاع المدني أن الفرق الميدانية انتشرت على امتداد الشواطئ لتقديم الخدمات للمتنزهين طوال أيام العيد.";
    private const string Lead = "شهدت شواطئ محافظات ومراكز منطقة تبوك الواقعة على ساحل البحر الأحمر منذ أول أيام عيد الفطر المبارك إقبالا كبيرا من الأهالي والزوار.";

    [Theory]
    [InlineData("يغادر – بمشيئة الله تعالى – يوم غد الخميس صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد.")]
    [InlineData("يدفع الإنسان الفلسطيني دائماً - التعليم الفلسطيني - ثمن احتلال إسرائيل لأرضه، وجاءت حروب الربيع العربي لتزيد من أزمته.")]
    [InlineData("ألبرت اينشتاين، عالم فيزياء يهـودي - ألماني- سويسري- أمريكي، ولد عام 1875، وتوفي عام 1955، حصل على جائزة نوبل في الفيزياء عام 1921.")]
    [InlineData("يَتَقَلّبُ المواطن - من الجنسين - بين عدد هائل من المؤسسات والدوائر الحكومية والشركات اﻷهلية طلبا للوظيفة ووفقا لمؤهلاته وشهاداته.")]
    public void An_aside_between_two_dashes_in_the_opening_cuts_nothing(string opening)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{opening}\n{Second}", "عنوان الخبر"));
        Assert.Equal(opening, cleaned.Blocks[0].Text);
        Assert.Null(cleaned.Dateline);
    }

    // Before a colon: a closed-class word, a quote or bracket still open, a list item's term.
    [Theory]
    [InlineData("«الضغط النفسي» جاء تعريفه بأنه: حالة شبه دائمة، لكنها تستثار وتزيد وتنقص من خلال المشكلات أو الصعوبات أو المواقف الحياتية.")]
    [InlineData("شكوى البعض حيال فيلم «تيرميناتور: جنيسيس» الأخير، أن أرنولد شوارتزنيغر لا يظهر إلا قليلاً في هذا الجزء الخامس من السلسلة.")]
    [InlineData("مشروع موقع (طريق اللؤلؤ: شاهد على اقتصاد جزيرة)، ويُعدُّ ثاني معالم مملكة البحرين التّراثية التي تدرج على قائمة التّراث العالمي.")]
    [InlineData("-اليقين: أن تظل إنساناً بمعرفتك وقيمك وأن تتمسك بأجملك لتتماسك في مواجهة القبح من أنانية وطمع واعتداء.")]
    [InlineData("ـ في الاتحاد: لم أشاهد في حياتي حرباً كتلك التي يشنها بعض من يزعمون انتماءهم لهذا الكيان العريق.")]
    [InlineData("- الأولى: لا يجرؤ أعداء الشجرة العظيمة التي يحرسها رجالٌ أشدّاء، وتحيط بها أسوار عالية، ويحبها أبناؤها.")]
    public void A_colon_inside_the_opening_sentence_cuts_nothing(string opening)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{opening}\n{Second}", "عنوان الخبر"));
        Assert.Equal(opening, cleaned.Blocks[0].Text);
        Assert.Null(cleaned.Dateline);
    }

    // Generated: a present-tense verb, then an aside of a few words, then the sentence goes on.
    [Fact]
    public void A_present_verb_before_a_dashed_aside_keeps_the_opening_whole()
    {
        string[] verbs = ["يغادر", "يدشن", "تستضيف", "يفتتح", "تنظم", "سيزور"];
        string[] asides = ["بمشيئة الله", "بإذن الله تعالى", "مساء اليوم", "بحسب مصادر مطلعة", "وسط حضور كبير"];
        string[] dashes = [" - ", " – ", " — "];
        var r = new Random(14);
        var cut = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var dash = dashes[r.Next(dashes.Length)];
            var opening = $"{verbs[r.Next(verbs.Length)]}{dash}{asides[r.Next(asides.Length)]}{dash}أمير المنطقة المهرجان السنوي الذي تنظمه الأمانة على الواجهة البحرية.";
            var context = Clean.With($"{opening}\n{Second}", new HeadTrimmer());
            if (context.BodyLines() is not [var first, Second] || first != opening)
            {
                cut.Add(opening);
            }
        }
        Assert.Empty(cut);
    }

    // Generated: a writer's name, a place or a site, with a known source after the first dash;
    // the same pair of marks is a dateline, and it still goes.
    [Theory]
    [InlineData("يوسف الكهفي - سبق - ")]
    [InlineData("تبوك - واس - ")]
    [InlineData("بلدة النخيلة – بوابة الفجر – ")]
    [InlineData("زرقون - «المرصاد نت» - ")]
    [InlineData("تغريد القحطاني - واس - ")]
    public void A_dateline_in_a_pair_of_dashes_is_still_cut(string prefix)
    {
        var context = Clean.With($"{prefix}{Lead}\n{Second}", new HeadTrimmer());
        Assert.Equal([Lead, Second], context.BodyLines());
    }

    // A wire's dateline closed by its source and a colon, the lead opening with an aside between
    // dashes: the dateline ends at the colon, and the aside stays in the lead.
    [Theory]
    [InlineData("أبها، ٢٣ تموز/يوليو ٢٠١٥ (أ ف ب): ", "أصبحت عصي السيلفي - المنتشرة في المدن الأوروبية بقدر السائحين - مثيرة للجدل في المتاحف والملاعب.")]
    [InlineData("جدة (واس): ", "أعلنت الأمانة - بالتعاون مع الدفاع المدني - خطة الطوارئ لموسم الأمطار في جميع أحياء المحافظة.")]
    public void A_dateline_ends_at_the_colon_after_its_source(string dateline, string lead)
    {
        var context = Clean.With($"{dateline}{lead}\n{Second}", new HeadTrimmer());
        Assert.Equal([lead, Second], context.BodyLines());
    }
}
