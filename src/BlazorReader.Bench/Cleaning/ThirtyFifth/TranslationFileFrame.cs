using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A site's strings file in which the article was translated: gettext PO (header, «#:»
// references, «#, fuzzy», msgid keys, the story's lines in msgstr) or XLIFF (trans-units whose
// Arabic target holds the story line). Keys, references and the header are the file's own.
internal sealed class TranslationFileFrame : Frame
{
    private bool xliff;
    private int unit;

    public override bool Fits(Story s) => !s.Own.Any(p => p.IndexOfAny(['"', '\\', '<', '&']) >= 0);

    public override double PostRate => 0.25;

    public override bool MarkupPosts => true;

    public override string Wrap(string line)
    {
        unit++;
        var key = "article.body." + unit.ToString(CultureInfo.InvariantCulture);
        return xliff
            ? "<trans-unit id=\"" + key + "\"><source>[" + key + "]</source><target>" + line + "</target></trans-unit>"
            : "msgid \"" + key + "\"\nmsgstr \"" + line + "\"";
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        if (!xliff)
        {
            // Every PO entry has its reference and key above its string.
            w.Raw("");
            w.Raw("#: templates/article.php:" + (10 + index * w.R.Between(2, 9)).ToString(CultureInfo.InvariantCulture));
            if (w.R.Chance(0.2))
            {
                w.Raw("#, fuzzy");
            }
        }
    }

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        xliff = r.Chance(0.4);
        unit = 0;
        if (xliff)
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            w.Raw("<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"ar\" datatype=\"plaintext\" original=\"article-" + r.Between(100, 9999) + ".html\"><body>");
            w.Chrome(NoiseKind.Headline, l => "<trans-unit id=\"article.title\"><source>Title</source><target>" + l + "</target></trans-unit>", [s.HeadTitle]);
            w.Chrome(NoiseKind.Byline, l => "<trans-unit id=\"article.byline\"><target>" + l + "</target></trans-unit>", [HeadWordings.Byline(r, s)]);
            return;
        }
        w.Raw("# Arabic translation of the news templates.");
        w.Raw("msgid \"\"");
        w.Raw("msgstr \"\"");
        w.Raw("\"Project-Id-Version: news " + r.Between(1, 4) + "." + r.Between(0, 9) + "\\n\"");
        w.Raw("\"Language: ar\\n\"");
        w.Raw("\"Content-Type: text/plain; charset=UTF-8\\n\"");
        w.Raw("\"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n\"");
        w.Raw("");
        w.Raw("#: templates/article.php:" + r.Between(3, 9));
        w.Raw("msgid \"article.title\"");
        w.Chrome(NoiseKind.Headline, l => "msgstr \"" + l + "\"", [s.HeadTitle]);
        w.Raw("");
        w.Raw("msgid \"article.byline\"");
        w.Chrome(NoiseKind.Byline, l => "msgstr \"" + l + "\"", [HeadWordings.Byline(r, s)]);
        w.Raw("");
        w.Raw("#: templates/article.php:12");
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        Func<string, string> entry = xliff
            ? l => "<trans-unit id=\"footer." + r.Letters(4, "abcdefgh") + "\"><target>" + l + "</target></trans-unit>"
            : l => "msgid \"footer." + r.Letters(4, "abcdefgh") + "\"\nmsgstr \"" + l + "\"";
        w.Chrome(NoiseKind.Footer, entry, [TailWordings.Footer(r, s)]);
        CommonTail(w, s, entry, r.Between(1, 3));
        if (xliff)
        {
            w.Raw("</body></file></xliff>");
        }
    }
}
