namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// One copy path's page: what it prints above the story, what it drops between paragraphs
// (each insert written at a gap the dresser picks) and what it prints below.
internal interface IPageFamily
{
    void Head(PageDraft p);

    List<Action<PageDraft>> Inside(PageDraft p);

    void Tail(PageDraft p);
}
