namespace BlazorReader.Bench.Cleaning.Sixteenth;

// A link to another story set between paragraphs, as papers and republishers insert them.
internal static class ReadAlso
{
    public static void Write(Page page)
    {
        var r = page.R;
        if (OtherStories.Title(page) is not { } title)
        {
            return;
        }
        var lead = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضًا", "طالع أيضاً", "شاهد أيضاً", "مواضيع ذات صلة", "قد يهمك أيضاً", "ذو صلة");
        string[] lines = r.Next(3) switch
        {
            0 => [lead + r.Separator(":", "»", "-", "|") + title],
            1 => [lead + r.Pick(":", "", " »"), r.Pick("", "» ", "- ", "• ") + title],
            _ => [r.Pick("▪ ", "◀ ", "🔗 ", "") + lead + ": " + title + r.Pick("", " (" + Dates.Ago(r) + ")")],
        };
        page.Add(new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = [title] });
    }
}
