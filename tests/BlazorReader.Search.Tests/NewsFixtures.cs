using BlazorReader.Core.Articles;

namespace BlazorReader.Search.Tests;

// Short articles cut from the SaudiNewsNet corpus (Mazen Abdulaziz, CC BY-NC-SA 4.0, used
// here as test data only), plus the seed article about Qarabagh. Ids are fixed so tests can
// name the article they expect.
internal static class NewsFixtures
{
    public const int EmiratiSoldier = 1;
    public const int HealthJobs = 2;
    public const int ThadiqHospital = 3;
    public const int RedCrescent = 4;
    public const int Qarabagh = 5;
    public const int SchoolsDraft = 6;
    public const int HiddenNote = 7;
    public const int HealthJobsRepeat = 8;
    public const int ScatteredWords = 9;

    public static readonly SearchDocument[] All =
    [
        new(EmiratiSoldier, "استشهاد الإماراتي سيف الفلاسي ضمن \"إعادة الأمل\" في اليمن",
            "أعلنت القوات المسلحة الإماراتية اليوم عن استشهاد أحد أبنائها البواسل \"سيف يوسف الفلاسي\" برتبة ضابط صف أثناء تأديته واجبه الوطني ضمن القوات المشاركة في عملية إعادة الأمل للتحالف العربي الذي تقوده السعودية للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها.",
            "aleqtisadiya", ["اليمن"], ArticleStatus.Published, new DateTime(2015, 7, 21, 10, 41, 8, DateTimeKind.Utc)),
        new(HealthJobs, "وزارة الصحة تعلن عن توفر «72» وظيفة فني تمريض",
            "أعلنت وكالة تخطيط وتنمية الموارد البشرية بوزارة الصحة ممثلة في الإدارة العامة لبرامج التشغيل الذاتي عن توفر ( 72 ) وظيفة فني تمريض رجال ونساء، وذلك على برامج التشغيل الذاتي في مناطق جازان ونجران وعسير. ودعت الوزارة من يرغب في التقدم على تلك الوظائف الدخول على نظام التوظيف الإلكتروني <عبر البوابة> لوزارة الصحة.",
            "alweeam", ["وظائف"], ArticleStatus.Published, new DateTime(2015, 7, 21, 2, 24, 59, DateTimeKind.Utc)),
        new(ThadiqHospital, "محافظ ثادق يزور المستشفى ويعايد المرضى المنومين",
            "قام محافظ ثادق المكلَّف عبد الله السلامة يرافقه مساعد مدير شرطة ثادق بزيارة لمرضى مستشفى ثادق والسلام عليهم وتهنئتهم بالعيد. وقد كان في استقبالهم مدير المستشفى ومساعده وعدد من الأطباء والممرضين، حيث قام الجميع بجولة في المستشفى وتمت زيارة أقسام الرجال ومعايدتهم وتقديم الهدايا لهم.",
            "aljazirah", ["صحة"], ArticleStatus.Published, new DateTime(2015, 7, 21, 12, 33, 39, DateTimeKind.Utc)),
        new(RedCrescent, "فيصل بن سلمان ينوه بالخدمات الإسعافية المقدمة من الهلال الأحمر",
            "قدم الأمير فيصل بن سلمان بن عبد العزيز أمير منطقة المدينة المنورة الشكر والتقدير للأمير فيصل بن عبد الله بن عبد العزيز رئيس هيئة الهلال الأحمر السعودي، على الجهود الملموسة بمنطقة المدينة المنورة من خلال نشر الكثير من المراكز الإسعافية في المدن والمحافظات التابعة لها.",
            "aawsat", ["صحة"], ArticleStatus.Published, new DateTime(2014, 12, 30, 9, 0, 0, DateTimeKind.Utc)),
        new(Qarabagh, "أذربيجان تستعيد قرى في قره باغ",
            "أعلنت أذربيجان أن قواتها استعادت عدداً من القرى في إقليم قره باغ بعد اشتباكات عنيفة، فيما دعت المدارس في المنطقة الأهالي إلى إبقاء أطفالهم في المنازل.",
            "was", ["أذربيجان"], ArticleStatus.Published, new DateTime(2015, 8, 2, 8, 0, 0, DateTimeKind.Utc)),
        new(SchoolsDraft, "خطة لصيانة المدارس قبل بدء العام الدراسي",
            "تعمل إدارة التعليم على صيانة المدارس في المحافظة قبل بدء العام الدراسي الجديد، وتشمل الخطة مدرسة ابتدائية للبنات.",
            "okaz", ["تعليم"], ArticleStatus.Draft, new DateTime(2015, 8, 3, 8, 0, 0, DateTimeKind.Utc)),
        new(HiddenNote, "ملاحظة داخلية عن المدارس",
            "نص داخلي لا يظهر للقراء عن المدارس.",
            "okaz", [], ArticleStatus.Hidden, new DateTime(2015, 8, 4, 8, 0, 0, DateTimeKind.Utc)),
        new(HealthJobsRepeat, "وزارة الصحة تعلن عن توفر «72» وظيفة فني تمريض",
            "أعلنت وزارة الصحة عن توفر 72 وظيفة فني تمريض في مناطق جازان ونجران وعسير عبر نظام التوظيف الإلكتروني.",
            "sabq", ["وظائف"], ArticleStatus.Published, new DateTime(2015, 7, 22, 9, 0, 0, DateTimeKind.Utc)),
        new(ScatteredWords, "جولة في المنطقة",
            "زار المسؤول نظام الري في المزارع، ثم تحدث عن التوظيف في القطاع الخاص، وختم بحديث عن البرامج الإلكتروني والمواقع.",
            "alyaum", [], ArticleStatus.Published, new DateTime(2015, 7, 23, 9, 0, 0, DateTimeKind.Utc)),
    ];

    public static ArticleIndex NewIndex()
    {
        var index = ArticleIndex.InMemory();
        foreach (var article in All)
        {
            index.Upsert(article);
        }

        index.Commit();
        return index;
    }
}
