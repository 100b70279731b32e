namespace BlazorReader.Search.Analysis;

// Which of the two forms of a word a field indexes: the normalised word as written
// (clitics kept) ranks above a match on its light stem.
public enum TokenForm
{
    Surface,
    Stem,
}
