using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// The cleaning pipeline: an ordered list of small steps, each saying in its own file why it
// stands where it does. The cleaner removes nothing it cannot name a reason for, and every
// removal is kept (text, reason, raw line) so an editor can review and undo it.
public sealed class ArticleCleaner(LearnedBoilerplate? boilerplate = null)
{
    // Raised whenever a change makes the cleaner take out something different, so that stored
    // articles cleaned by an older one can be found and cleaned again (`cli reclean`).
    // 1: the cleaner before evidence-based teasers and shape-based chrome; 2: before the
    // held-out catalogue's shapes (chrome above the lead, symbol bullets, replies, more labels,
    // separators and disclaimers); 3: before chrome, tweets and teaser runs were generalised by
    // family on a third catalogue written apart; 4: before one header grammar, printed-again
    // evidence and picture credits that no longer end the page (measured on a fourth, blind); 5: before
    // chrome by structure (closed-class words, datelines by shape, runs of unrelated leads) and
    // lines below a "footer" that carry the story on (measured on a fifth, sealed); 6: before
    // asides between dashes and colons inside sentences were told from datelines, and the foot
    // was read by structure (notes below chrome, headline runs; measured on a sixth); 7: before
    // the unseen losses were mended by family (glued links, copies of the lead, quoted copies) and
    // bulleted runs of leads were weighed as a whole (measured on a seventh); 8: before page
    // widgets (consent banners, adverts, players, meters), comment sections, forum signatures,
    // clock stamps anywhere, ranked and arrow-marked runs of other stories (measured on an eighth);
    // 9: before the learned second opinion on lines the rules kept (ChromeLineModel, measured on
    // the eighth, which it never saw); 10: before page controls told by their vocabulary
    // (InterfaceLines), page breaks, mail closings and footers, and editors' notes kept at the
    // foot (measured on the eighth and ninth); 11: before other stories printed as cards (a
    // title, a paper and an age, a lead) were taken by their template (CardRuns); 12: before the
    // model learned from nine catalogues with the page's repeats as features, and left long prose
    // to the rules; 13: before tweets whose link is printed on the signature line (after the
    // date, or its end glued before the dash), tag lines closing a tweet's text, and unsigned
    // tweets that open as a paragraph does; 14: before a paragraph's last words printed again
    // below it went (and the paragraph stayed, not the echo), and before a paragraph ending in a
    // stop inside closing quotes counted as undressed against its copy; 15: before the story's
    // own long sentence below a rule of underscores went as a forum signature; 16: before a
    // tweet of tags alone left the story's paragraph above it, a paper's note above the lead
    // kept its label, verses and hadiths were left to the rules, and the foot read a header of
    // other stories above lines as evidence (measured on a thirteenth, written apart); 17: before
    // an interview's answer that said what another had went as a repeat, and a place and a count
    // closing the story («الرياض: 1896 مستفيدًا», its table's row) as a byline; 18: before a
    // post card's parts printed on lines of their own (the date over or under it, «— Name», the
    // handle alone, a clock before the date) filled the tweet and left the body, and before a
    // summary box's point that drops its paragraph's connective was kept in the paragraph's place
    // (measured on a fifteenth, written apart); 19: before the learned second opinion was
    // retrained on all fifteen catalogues with the corpus's own lines as body, and left every
    // line of eighteen words, or ten with two grammar words, to the rules, before a post page's
    // furniture and a page's table of contents went, and before a doubled bullet under a
    // read-also title and the paragraphs under a picture's copyright were kept (measured on a
    // sixteenth, written apart); 20: before a chat assistant's answer around a pasted story
    // (speaker, presenting sentence, citation marks, sources, buttons, offer) went from a page it
    // signed, and a page's own name over the headline (a section and the paper, a portal) went
    // as the source, before a card printed link first kept the paragraph above its link, the
    // story's numbers to call under its own announcing sentence were kept, and a closing
    // sentence with a wire's credit glued kept its sentence, and before a video's subtitles, a
    // menu one item a line at the top, a card's heading glued before its text, accessibility and
    // loading controls, a box for citing the article, a licence and advice disclaimed, a feed's
    // record field by field and slide and word counts went (measured on a seventeenth, written
    // apart); 21: before a newsroom system's or an export's fields round the story (status,
    // section, who wrote, checked or approved it, counts, dates, a title field, a link), a
    // «role: name» line above the story, a schedule below it, and read-also headers in Malay,
    // Urdu, French and Egyptian went (measured on an eighteenth, written apart); 22: before a
    // paragraph that reads on (a reported quote, a sentence cut short), a statement's short close
    // and a verse, each with a wire's credit glued on, were told from a picture's caption
    // (measured on a nineteenth, written apart); 23: before a post card printed text first
    // (the heading «Name · @handle · date» between the text and its link, or under both), a
    // heading, a date or a translate button read into the post's text, a machine translation's
    // note, a gone post's notice and a community note were told apart; 24: before a post copied
    // as one line led by its author («Name @handle: text link date», the link broken below)
    // was rebuilt, the learned model kept off a wire's lead under its dateline, quoted lines and
    // half a box of label rows, and a map's data credit told from the page's end (measured on a
    // twenty-first, written apart); 25: before a post card printed link first (its text under
    // the link, its heading under the text, the app it was sent from after the date) kept the
    // story's paragraph above its link, a status link ended at its number, a closing sentence with a link glued after it and a
    // story's first line after a «place | date» dateline went whole, a dateline on a line of its
    // own over the lead stayed, headers of other stories in new nouns («أسئلة مشابهة») and «next»
    // headers were not read, and the learned model's runs stopped at a line it found only likely
    // (measured on a twenty-second, written apart); 26: before chrome was told by the families
    // its words come from (who read a count and when, the date a copy was read or saved, rights in
    // any order, where a piece was first printed, share and save actions with their object, a desk
    // signing, details at the link), an unnamed label at the page's foot stopped the lists above
    // it from being read, a month printed in both calendars' names («تموز/يوليو») or a date with
    // the thousands mark for a comma was read, and a dateline ran on past its source's colon
    // (measured on a twenty-third, written apart); 27: before a page asking whether it helped,
    // a notice of whose views it carries and a machine's caution over a summary it wrote went (read
    // on the twenty-third); 28: before other stories listed at the foot under a label of the
    // site's own, a box's rows in labels no system names and a label left over its box went, a
    // page ended once (a copy script's notice after every chunk, a notice with the story reading
    // on under it, a closing below a notice), a copy line glued after a sentence or a clock or a
    // share in brackets before a paragraph came off, and a list under a header was read whatever
    // each item's mark (measured on a twenty-fourth, written apart); 29: before chrome was told
    // by shapes that carry across wordings (a line in Latin capitals on an Arabic page, a shot
    // list's timecoded or sized shots, counts as chips between dots or bars, a place «N من M», a
    // file by its size, a verb and «now», a citation standing alone), the copy's end in new
    // words, a link-first post card with its text on two or three lines, and a sentence that
    // reads on below a notice was kept as the story's (measured on a twenty-fifth, written
    // apart); 30: before a post card printed heading first (its link under the heading, its text
    // under the link, the picture's «ALT» under it), a poll between a post's text and its
    // signature, a card's heading or link with the next part on its line, two cards back to
    // back were read, a copy script's line set apart by an ellipsis came off the story's last
    // line, a scan's zone in brackets and a row between two lines of chrome went (measured on a
    // twenty-sixth, written apart); 31: before a post's text on two long lines between its dated
    // heading and its link was read whole, an edited post's «تم التعديل» went with the card, a
    // sentence opening with a news verb was kept from the learned remover, an app's row of
    // figures, its buttons, the desk's credits in turn, an automated sender's close, a more-link
    // glued after the last stop («← رابط الخبر») went, a dateline after a date and a bar came off
    // the line it was glued to, and a card's age without «منذ» dated a teaser (measured on a
    // twenty-seventh, written apart); 32: before a gallery's counter («لقطة 1 من 13: …») or an
    // arrow pointing up opened a caption, «تابع القراءة» glued after the last stop went, and a
    // row of fields and figures parted by dots was a counter; 33: before common chrome in wordings
    // no rule named (the rest of the story elsewhere, a count with its object, a report-an-error
    // link, a reader's feedback prompt, a pager, an SEO panel's key phrase, a code fence, headers
    // «على صلة» and «من نفس الكاتب», a title marked «(اقرأ أيضاً)» or «[مرتبط]»), a dateline set off
    // by dashes before a kicker, a dated dateline ending at its date, a scene's caption with its
    // photographer, a pinned post's and a quote-repost's marks and a handle over its date under a
    // post's link (measured on a twenty-eighth, written apart); 34: before a calendar export's
    // fields and a form's required marks went; 35: before datelines in any order of agency, place
    // and date (an agency's letters no little words, a date first, a colon after a date, alone on
    // their line), a dateline read again under lines the late steps took, a more-link's words glued
    // after the last sentence, a caption over its photographer's credit, a post's client line,
    // media note and bracketed link, tags labelled «التسميات» or «كلمات دالة», wires credited
    // «الخبر من:» or «عن … بتصرف», a closing with its signer, and a story's list going on under a
    // picture's licence (measured on a twenty-ninth, written apart); 36: before an app's foot
    // went as one run the model found likely line by line, a news video's subtitle file kept its
    // words as the story, a spreadsheet's row gave up its story's cell, a title field lost the
    // site's name, a heading put the handle first, a post's link lost the page's marks and a
    // «Promoted» label went (measured on a thirtieth, written apart); 37: before a page's own mark
    // before every line (a log's stamp, an outline's numbers, a style tag, a diff's «+») came off,
    // cards stamped with a section and a date went, a row parted by tabs gave up its story's cell,
    // a post's quoted link was unwrapped, a headline printed with the site's name under an app's
    // bar became the title and a title with the read-also mark after it went (measured on a
    // thirty-first, written apart); 38: before a live stream's chat, viewer counts, a text
    // viewer's place, a layout program's tags, a press office's «للنشر», a log stamping a few
    // lines, a forum's BBCode, a typesetter's and a notebook's source, a reply's subject, a
    // broadcast script's cues and a mail client's quote lines went, and a post's date beside its
    // Hijri date was read (measured on a thirty-second, written apart); 39: before a mail
    // client's quote under a reader's question went as a repeat, the story's line ending on a
    // full stop below marked titles stayed, and a message service's part counters and a chat
    // log's nicks came off the story's lines (measured on a thirty-third, written apart); 40: before
    // a word processor's rich text, a manual page's, an AsciiDoc and a Gopher menu's source were read
    // back to their words, a message's headers went, part counters came off among longer lines, a
    // chat stamped with a bare clock was one, numbered points below titles not numbered stayed and
    // more-links glued in more wordings went (measured on a thirty-fourth, written apart); 41: before
    // a translation file, a database dump, a Textile source and an echomail message were read back to
    // their words, a post's foot on lines of its own and its date over the text or under a glued
    // heading (the Hijri day alone too) were the post's, and a lead behind a meta name, under a
    // dateline and bare no longer threw (measured on a thirty-fifth, written apart); 42: before a
    // line of namespaced tags kept its words, the story's marked points and «س:»/«ج:» lines ended a
    // block of teasers, and a comments count above the story's next paragraph opened no section
    // (measured on a thirty-sixth, written apart); 43: this one.
    public const int Version = 43;

    private static readonly ICleaningStep[] Steps =
    [
        new LineSplitter(),
        new PageLinePrefixes(),
        new GopherMenu(),
        new AsciiDocSource(),
        new MessageHeaders(),
        new EchomailMessage(),
        new TranslationFile(),
        new SqlDump(),
        new TextileSource(),
        new MarkdownTweetReader(),
        new MarkupRemover(),
        new AssistantAnswer(),
        new PostChrome(),
        new CardLineSplitter(),
        new TweetRebuilder(),
        new InlinePostRebuilder(),
        new RelayedTweetRebuilder(),
        new GluedMarks(),
        new ChromeRemover(),
        new BoilerplateRemover(),
        new ReadAlsoTaker(),
        new HeadTrimmer(),
        new RepeatedParagraphRemover(),
        new TailTrimmer(),
        new BylineRoles(),
        new FieldTrimmer(),
        new BoxLabels(),
        new TitleDeriver(),
        new DateInferrer(),
        new LearnedChromeRemover(),
        new ChromeBetween(),
        new LateHead(),
        new BlockBuilder(),
    ];

    public ArticleCleaner()
        : this(null)
    {
    }

    // The learned second opinion on lines the rules kept; null cleans by the rules alone
    // (how the model's training data is drawn).
    public ChromeLineModel? LineModel { get; init; } = ChromeLineModel.Default;

    public CleanedArticle Clean(RawArticle raw) => Clean(raw, null);

    // With the stories the store already holds, a teaser that names one is known for certain.
    public CleanedArticle Clean(RawArticle raw, KnownStories? known)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var context = new CleaningContext(raw, boilerplate) { Known = known, LineModel = LineModel };
        foreach (var step in Steps)
        {
            step.Apply(context);
        }
        return new CleanedArticle(context.Title, context.TitleDerived, context.Byline, context.Dateline, context.Attribution,
            context.PublishedAt, context.PublishedAtInferred, context.Blocks, context.Teasers,
            [.. context.Removed.OrderBy(r => r.Line)])
        {
            Doubts = context.Doubts,
        };
    }
}
