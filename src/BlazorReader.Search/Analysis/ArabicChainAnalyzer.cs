using BlazorReader.Core.Arabic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BlazorReader.Search.Analysis;

// The Lucene face of the Core analysis chain, for any field given as plain text.
// ArticleIndex itself analyses each document once and hands the tokens over directly
// (AnalyzedTokenStream), which halves indexing time for the two-form layout.
public sealed class ArabicChainAnalyzer(TokenForm form) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ArabicChainTokenizer(reader, form));

    private sealed class ArabicChainTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private readonly IPositionIncrementAttribute increment;
        private readonly TokenForm form;
        private IReadOnlyList<AnalyzedToken> tokens = [];
        private int next;
        private int lastPosition;
        private int textLength;

        public ArabicChainTokenizer(TextReader input, TokenForm form) : base(input)
        {
            this.form = form;
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
            offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            increment.PositionIncrement = token.Position - lastPosition;
            lastPosition = token.Position;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            tokens = ArabicTextAnalyzer.Analyze(text);
            textLength = text.Length;
            next = 0;
            lastPosition = -1;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(CorrectOffset(textLength), CorrectOffset(textLength));
        }
    }
}
