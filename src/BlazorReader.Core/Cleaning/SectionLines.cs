using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A site's section, printed alone at the head or foot («محليات», «أخبار المملكة», «ثقافة
// وفنون») or as a breadcrumb from the home page («الرئيسية › الشأن المحلي», «Home > سياسة»).
// Section names are a small shared vocabulary across Arabic news sites: a subject word or two
// joined by «و», «أخبار …» or «الشأن …»; never a sentence.
internal static partial class SectionLines
{
    // A quoted name or one followed by a colon is a heading of the story («الشؤون البلدية»:).
    public static bool IsSection(string line) =>
        line.Length <= 60 && line.IndexOfAny([':', '«', '"', '“']) < 0 && (Section().IsMatch(line.Trim()) || Breadcrumb().IsMatch(line.Trim()));

    // The last item of a tag list is often the section the story was filed under.
    public static bool EndsWithSection(string text) => SectionAtEnd().IsMatch(text);

    private const string Subject = @"(ال)?(سياسة|سياسي[ةه]|اقتصاد|اقتصادي[ةه]|اقتصاديات|مال|أعمال|رياضة|رياضي[ةه]|محليات|محلي[ةه]?|دوليات|دولي[ةه]?|عربيات|عربي[ةه]?|عالمي[ةه]?|عالم|منوعات|متنوعات|صحة|طب|تقنية|تقني[ةه]|تكنولوجيا|علوم|مجتمع|حوادث|جرائم|قضايا|تقارير|تحقيقات|ثقافة|ثقافي[ةه]|فنون|فن|أدب|تعليم|سياحة|سيارات|مقالات|آراء|رأي|كتاب|خليج|خليجي[ةه]|إقليمي[ةه]?|برلمان|حوارات|ملفات|مرأة|بيئة|عقارات|طقس|اتصالات|إعلام|شباب|أسرة|ترفيه|نجوم|مشاهير|إسلاميات|دين)";

    private const string Name = @"(" + Subject + @"(\s+و\s*" + Subject + @")?|(ال)?أخبار(\s+[^\s\d.،,:!؟?]+){1,2}|(ال)?شأن\s+[^\s\d.،,:!؟?]+|عربي\s+ودولي|محلي\s+ودولي)";

    [GeneratedRegex(@"^\W*" + Name + @"\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    [GeneratedRegex(@"^\W*((ال)?صفحة\s+(ال)?رئيسية|(ال)?رئيسية|home|main)\s*([›‹»«>/\\|→←-]\s*[^›‹»«>/\\|→←.!؟?]{2,30}\s*){1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"(^|[\s,،|/#\-–])" + Name + @"\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionAtEnd();
}
