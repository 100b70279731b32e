namespace BlazorReader.Core.Arabic;

// A word as written, with its place in the original text: [Start, End) are offsets into the
// string the reader or the article gave, so highlighting can mark the word as it was printed.
public readonly record struct ArabicToken(string Text, int Start, int End);
