using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// The thirty-fourth catalogue: a story copied through blog templates, newsreaders, saved-page
// archives, wire XML, gopher menus, AsciiDoc and YAML sources, reblog chains, broadcast
// forwards, layout tables and speed-reading apps, with the common chrome of news pages in new
// wordings, flattened posts in new orders and the story's own chrome-like lines kept as body.
public sealed class ThirtyFourthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], article.Title, true);
        }
        var s = new Sheet(r, pools, article);
        CopyPath path = r.Next(11) switch
        {
            0 => new BloggerPath(),
            1 => new UsenetPath(),
            2 => new SavedPagePath(),
            3 => new WireXmlPath(),
            4 => new GopherPath(),
            5 => new AsciiDocPath(),
            6 => new YamlDataPath(),
            7 => new ReblogPath(),
            8 => new BroadcastPath(),
            9 => new LayoutTablePath(),
            _ => new SpeedReaderPath(),
        };
        path.Head(s);
        path.Open(s);
        WriteStory(s, path, TextReferee.Lines(article.Text));
        path.Close(s);
        path.Tail(s);
        if (s.Noise.Count == 0)
        {
            s.Add(PageChrome.Footer(r));
        }
        return new DressedArticle(article with { Text = s.Joined() }, key, s.Body, s.Noise, article.Title, false);
    }

    // The paragraphs with a glued dateline, chrome between them, a post and the story's own
    // chrome-like lines at random places, a more-link glued after the last sentence, and the
    // chrome that follows a story's end.
    private static void WriteStory(Sheet s, CopyPath path, List<string> story)
    {
        var r = s.R;
        var postAt = r.Chance(0.35) ? r.Between(1, Math.Max(1, story.Count)) : -1;
        var likeAt = r.Chance(0.45) ? r.Between(1, Math.Max(1, story.Count)) : -1;
        for (var i = 0; i < story.Count; i++)
        {
            if (i > 0)
            {
                path.Between(s, i);
                Inline(s, i);
            }
            if (i == likeAt)
            {
                foreach (var line in StoryLookAlikes.Draw(r, s, atEnd: false).Where(l => !story.Contains(l)))
                {
                    s.Story(line);
                }
            }
            if (i == postAt)
            {
                PostFlattener.Write(r, s, PostParts.Draw(r, s));
            }
            if (i == 0 && r.Chance(0.4))
            {
                var dateline = StoryChrome.Dateline(r, s);
                s.Story(story[0], before: dateline);
                s.Noise.Add(new NoisePiece(NoiseKind.Dateline, [dateline.Trim()], Glued: true));
            }
            else if (i == story.Count - 1 && i > 0 && r.Chance(0.15))
            {
                var more = PageChrome.MoreText(r);
                s.Story(story[i], after: r.Pick(" ", "", "  ") + more);
                s.Noise.Add(new NoisePiece(NoiseKind.MoreLink, [more], Glued: true));
            }
            else
            {
                var (before, after) = path.Around(s, i);
                s.Story(story[i], before, after);
            }
        }
        if (postAt >= story.Count)
        {
            PostFlattener.Write(r, s, PostParts.Draw(r, s));
        }
        if (likeAt >= story.Count)
        {
            foreach (var line in StoryLookAlikes.Draw(r, s, atEnd: true).Where(l => !story.Contains(l)))
            {
                s.Story(line);
            }
        }
        After(s, story);
    }

    private static void Inline(Sheet s, int i)
    {
        var r = s.R;
        switch (r.Next(14))
        {
            case 0 or 1:
                s.Add(StoryChrome.Caption(r));
                break;
            case 2:
                if (PageChrome.ReadAlso(r, s, block: r.Chance(0.3)) is { } also)
                {
                    s.Add(also);
                }
                break;
            case 3:
                s.Add(PageChrome.Share(r));
                break;
        }
    }

    private static void After(Sheet s, List<string> story)
    {
        var r = s.R;
        var pieces = new List<Func<NoisePiece?>>
        {
            () => r.Chance(0.35) ? StoryChrome.Credit(r) : null,
            () => r.Chance(0.25) ? PageChrome.Signature(r) : null,
            () => r.Chance(0.2) ? new NoisePiece(NoiseKind.Repeat, [r.Pick<string>(story)]) : null,
            () => r.Chance(0.2) ? PageChrome.Share(r) : null,
            () => r.Chance(0.2) ? PageChrome.ReadAlso(r, s, block: true) : null,
            () => r.Chance(0.12) ? new NoisePiece(NoiseKind.MoreLink, [PageChrome.MoreAlone(r)]) : null,
            () => r.Chance(0.15) ? PageChrome.Counter(r) : null,
        };
        foreach (var piece in pieces.OrderBy(_ => r.Next(99)).Select(p => p()).OfType<NoisePiece>())
        {
            s.Add(piece);
        }
    }
}
