namespace BlazorReader.Core.Cleaning;

// Whether a line reads as Arabic prose, from the language rather than from any site's words:
// a sentence ties its words with closed-class words (prepositions, conjunctions, relatives,
// particles: «في», «من», «التي», «قد»), alone or behind a joined «و»/«ف»; a label, a menu
// item, a section name or a heading of links has none, and ends in no stop.
internal static class ProseLine
{
    // A sentence ends in a stop; a quoted closing («… »), a verse or a dua may end in a mark too.
    public static bool EndsLikeASentence(string line)
    {
        var t = line.TrimEnd();
        // An arrow set apart («لا تفوتك »») points at a link; a closing quotation mark hugs its word.
        return t.Length > 0 && (t[^1] is '.' or '!' or '?' or '؟' or '…' or ':' or '؛' or '"' or ')' or '﴾' or '﴿'
            || t[^1] == '»' && t.Length > 1 && t[^2] != ' ');
    }

    // A paragraph that goes on with the story («وقالت وكالة …», «وفي ختام اللقاء …»): a connective
    // at a paragraph's length. What stands right above one is inside the story, not at its foot.
    public static bool CarriesTheStoryOn(SourceLine line) =>
        line.Tweet is null && line.Text.Length >= StoryParagraph && ParagraphOpening.Continues(line.Text);

    private const int StoryParagraph = 80;

    // A paragraph of the story's, not a tweet, a label or a banner: long, with a sentence's little words.
    public static bool IsParagraph(SourceLine line) =>
        line.Tweet is null && line.Text.Length >= 60 && FunctionWords.Count(line.Text) >= 2;

    // A short line of no sentence: no function word (FunctionWords) and no stop at its end.
    public static bool IsBareLabel(string line) => FunctionWords.Count(line) == 0 && !EndsLikeASentence(line);

    // A few words that head what follows (a box's, a list's): no more than six, no number, no
    // sentence, no name signing the story. Its marks and closing colon already trimmed.
    public static bool HeadsWhatFollows(string bare) =>
        bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords && !bare.Any(char.IsDigit) && !EndsLikeASentence(bare) && !SignsTheStory(bare);

    private const int MaxHeadingWords = 6;

    // A name, or any words after a dash («- تركية العمري»): the writer signing the story at its
    // foot (a letter's under its closing, a poem's under its date), not a page's label.
    public static bool SignsTheStory(string line) => line.TrimStart() is { Length: > 0 } t && (t[0] is '-' or '–' or '—' or 'ـ' || PersonNames.IsName(t));
}
