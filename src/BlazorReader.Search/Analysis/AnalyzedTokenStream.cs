using BlazorReader.Core.Arabic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BlazorReader.Search.Analysis;

// Feeds tokens already produced by ArabicTextAnalyzer to Lucene, so a document's text is
// analysed once and indexed twice (surface and stem fields). Position increments carry the
// gaps left by stopwords, so phrase queries line up with the query's own positions.
public sealed class AnalyzedTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly TokenForm form;
    private readonly IReadOnlyList<AnalyzedToken> tokens;
    private readonly int finalOffset;
    private int next;
    private int lastPosition = -1;

    public AnalyzedTokenStream(IReadOnlyList<AnalyzedToken> tokens, int textLength, TokenForm form)
    {
        this.tokens = tokens;
        this.form = form;
        finalOffset = textLength;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = tokens[next++];
        term.SetEmpty().Append(TokenForms.Of(token, form));
        offset.SetOffset(token.Start, token.End);
        increment.PositionIncrement = token.Position - lastPosition;
        lastPosition = token.Position;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(finalOffset, finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
        lastPosition = -1;
    }
}
