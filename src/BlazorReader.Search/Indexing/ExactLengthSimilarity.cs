using Lucene.Net.Search.Similarities;

namespace BlazorReader.Search.Indexing;

// BM25 with a finer length norm. Lucene's one-byte norm rounds lengths in steps of about a
// quarter, so headlines of 7 to 10 words score as equally long and body matches alone
// decided between two papers' headlines for one story. Here a byte holds the exact word
// count up to 200 and, above it, steps of 10% (up to about 37,000 words).
internal sealed class ExactLengthSimilarity : BM25Similarity
{
    private const int ExactUpTo = 200;
    private const double Step = 1.1;

    protected override byte EncodeNormValue(float boost, int fieldLength) =>
        fieldLength <= ExactUpTo
            ? (byte)Math.Max(fieldLength, 1)
            : (byte)Math.Min(255, ExactUpTo + (int)Math.Round(Math.Log((double)fieldLength / ExactUpTo, Step)));

    protected override float DecodeNormValue(byte b) =>
        b <= ExactUpTo ? Math.Max((int)b, 1) : (float)(ExactUpTo * Math.Pow(Step, b - ExactUpTo));
}
