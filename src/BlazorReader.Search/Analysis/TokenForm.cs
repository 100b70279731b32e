using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Analysis;

// Which of the two forms of a word a field indexes: the normalised word as written
// (clitics kept) ranks above a match on its light stem.
public enum TokenForm
{
    Surface,
    Stem,
}

public static class TokenForms
{
    public static string Of(AnalyzedToken token, TokenForm form)
    {
        ArgumentNullException.ThrowIfNull(token);
        return form == TokenForm.Surface ? token.Surface : token.Stem;
    }
}
