using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A live stream's or a chat room's messages pasted among a story's paragraphs: «سارة48: ننتظر
// التفاصيل», «fatima.294 : الصوت مقطّع عندي», «خالد: 🔥🔥». One «name: few words» line may be the
// story's (an interview's «س: …», a list's «الموعد: الخميس»); many short ones from several people
// whose names are handles (a digit, «_» or «.» in them) are a chat's, and then
// so are the short ones signed with a plain name. A long «name: …» line is a speaker in a
// transcript and stays.
internal static partial class ChatLines
{
    private const int MinHandles = 3;

    public static void Take(CleaningContext context)
    {
        var messages = context.Lines.Where(l => l.Tweet is null).Select(l => (Line: l, Match: Message().Match(l.Text)))
            .Where(x => x.Match.Success && !QuestionOrAnswer().IsMatch(x.Match.Groups["name"].Value)).ToList();
        var handles = messages.Select(x => x.Match.Groups["name"].Value).Where(IsHandle).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (handles < MinHandles)
        {
            return;
        }
        foreach (var (line, _) in messages)
        {
            context.Remove(line, "comments");
        }
    }

    // A bilingual page's English labels («Views:», «Photo:», «By:») are words, not handles.
    private static bool IsHandle(string name) => name.Any(c => char.IsDigit(c) || c is '_' or '.');

    // One word of letters, digits, «_» and «.» (no address: «https://…»), a colon, then a message
    // too short for a transcript's answer and with no sentence's stop inside it.
    [GeneratedRegex(@"^(?<name>(?=[\p{L}\p{Nd}_.]*\p{L})[\p{L}\p{Nd}_.]{2,20})\s?:\s?(?!//)(?<message>[^.:؛]{1,36}[.!؟?]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Message();

    // A story's questions and answers («سؤال: …», «ج: …») are no one's chat.
    [GeneratedRegex(@"^(ال)?(سؤال|جواب|إجابة|اجابة)$|^[سج]$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOrAnswer();
}
