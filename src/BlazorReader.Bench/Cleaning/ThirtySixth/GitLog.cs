using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A newsroom repository's `git log --stat`: the commit's header, the story as its indented
// message body under a subject line, «Signed-off-by:», the diffstat, then older commits
// whose subjects are other stories.
internal sealed class GitLog : Frame
{
    public override bool PlainLines => true;

    private static string Hash(DressingRandom r) => r.Letters(40, "0123456789abcdef");

    private static string Stamp(DateTime d) => d.ToString("ddd MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture) + " +0300";

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Line(r.Pick("$ git log --stat -3", "$ git log -n 5 --stat", "newsroom@cms:~/content$ git log"));
        }
        p.Line("commit " + Hash(r) + r.Pick("", " (HEAD -> master, origin/master)"));
        p.Line("Author: " + p.Author + " <" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("newsroom.sa", "alriyadh.com", "desk.local") + ">");
        p.Line("Date:   " + Stamp(p.When));
        p.Line("");
        p.Chrome(headline, l => "    " + r.Pick("news: ", "إضافة خبر: ", "add: ", "") + l);
        p.Line("    ");
        Pieces(p, more);
    }

    public override string Wrap(string line) => "    " + line;

    public override string Para(Page p, string prefix, string text, string suffix, int index) => "    " + prefix + text + suffix;

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail.Where(t => t.Kind is not NoiseKind.Teaser and not NoiseKind.ReadAlso));
        p.Line("    ");
        p.Chrome(p.Piece(NoiseKind.Signature, "Signed-off-by: " + Page.Person(r) + " <" + r.Letters(5, "abcdefghijklmnopqrstuvwxyz") + "@newsroom.sa>"), l => "    " + l);
        p.Line("");
        var lines = r.Between(6, 40);
        var slug = "news/" + p.IsoStamp("yyyy/MM") + "/" + r.Letters(8, "abcdefghijklmnopqrstuvwxyz0123456789") + ".md";
        p.Line(" " + slug + " | " + lines + " " + new string('+', Math.Min(lines, 30)));
        if (r.Chance(0.4))
        {
            p.Line(" images/" + r.Letters(6, "abcdef0123456789") + ".jpg | Bin 0 -> " + r.Between(20000, 300000) + " bytes");
        }
        p.Line(" " + r.Pick("1 file changed", "2 files changed") + ", " + lines + " insertions(+)");
        // Older commits: their subjects are other stories, a reader's teasers.
        var older = tail.Where(t => t.Kind is NoiseKind.Teaser or NoiseKind.ReadAlso).SelectMany(t => t.Teasers).ToList();
        if (older.Count > 0)
        {
            var subjects = older.Select(t => "    " + r.Pick("news: ", "إضافة خبر: ", "") + t).ToList();
            p.Noise.Add(new NoisePiece(NoiseKind.Teaser, [.. subjects.Select(s => s.Trim())]) { Teasers = older });
            foreach (var subject in subjects)
            {
                p.Line("");
                p.Line("commit " + Hash(r));
                p.Line("Author: " + Page.Person(r) + " <desk@newsroom.sa>");
                p.Line("Date:   " + Stamp(p.When.AddMinutes(-r.Between(20, 900))));
                p.Line("");
                p.Line(subject);
            }
        }
    }
}
