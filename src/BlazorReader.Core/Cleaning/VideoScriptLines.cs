using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// What a video agency sends with its pictures, pasted over or under the story: a shot list's
// entries led by a timecode («3. 00:00:42 لقطة عامة للمدينة», «00:01:21 - عمال في الموقع»), shots
// named by their size («١- لقطة متوسطة للحضور»), a sound bite's heading («مقتطف صوتي (إنجليزي)
// فلان، شاهد عيان:»). A story tells the time of day in a sentence; it never opens a line on a
// clock with seconds, nor names a camera's shot.
internal static partial class VideoScriptLines
{
    private const int MaxLength = 90;

    public static bool Is(string line) =>
        line.Length <= MaxLength && !line.TrimEnd().EndsWith('.') && (TimecodeEntry().IsMatch(line) || NamedShot().IsMatch(line) || SoundBite().IsMatch(line) || Cue().IsMatch(line));

    // A timecode (hours, minutes and seconds) after at most an entry's number, then a few words.
    // One in brackets is a script's mark glued on the story's line (GluedMarks takes it off).
    [GeneratedRegex(@"^\W{0,2}([\d٠-٩]{1,2}\s*[-.)]\s*)?[\d٠-٩]{1,2}:[\d٠-٩]{2}:[\d٠-٩]{2}\s*[-–—:|]?\s*\p{L}[^\s.!؟?]*(\s+[^\s.!؟?]+){0,8}\s*…?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimecodeEntry();

    // A shot by its size or angle, the words a cameraman's list is made of.
    [GeneratedRegex(@"^\W{0,2}([\d٠-٩]{1,2}\s*[-.)]\s*)?(لقطة|لقطات|مشهد|مشاهد)\s+(عامة|متوسطة|قريبة|جوية|مقربة|واسعة|بعيدة|مقطعية|ثابتة|متحركة)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedShot();

    // A broadcast script's cues alone on their line: who reads next («المذيعة:», «مقدم النشرة:»,
    // «صوت المراسل:», «المراسل (تقرير مسجل):») and what the studio does («(كاميرا ٢)», «[فاصل]», «(CAM 2)»).
    [GeneratedRegex(@"^\W{0,2}((صوت\s+)?(ال)?(مذيع|مذيعة|مقدم|مقدمة|مراسل|مراسلة|معلق|معلقة)(\s+(ال)?(نشرة|أخبار|اخبار|برنامج))?(\s*\([^()]{1,30}\))?\s*[:：]|[(\[]\s*(كاميرا|الكاميرا|CAM|camera|فاصل|موسيقى|مؤثرات|صوت\s+طبيعي|VT|SOT|NAT)(\s*[\d٠-٩]{1,2})?\s*[)\]])\W{0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    // «مقتطف صوتي (عربي) فلان:», «مقابلة (إنجليزي) مع فلان»: a language in brackets after the bite.
    [GeneratedRegex(@"^\W{0,2}(مقتطف\s+صوتي|مقطع\s+صوتي|مقابلة|تصريح)\s*\(\s*(عربي|بالعربية|إنجليزي|انجليزي|بالإنجليزية|فرنسي|بالفرنسية|تركي|فارسي|عبري|كردي|روسي|[a-z]+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoundBite();
}
