namespace BlazorReader.Bench.Cleaning.Eighteenth;

// One copy path: the kind of page the story was copied from, which decides its furniture.
internal interface IPageFamily
{
    void Dress(DressingRandom r, PageDraft page);

    // Some pages only carry some stories: a results page carries sport.
    bool Fits(PageDraft page) => true;
}
