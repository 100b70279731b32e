using System.Buffers;

namespace BlazorReader.Core.Arabic;

// Which characters, as printed, normalise to a string holding a given character. The
// normaliser works character by character, so a word whose normalised form holds a letter
// holds, as printed, one of that letter's printed forms: a test that can run on raw text.
public static class PrintedForms
{
    private static readonly Lazy<Table> Forms = new(Build);

    // Every printed form of the normalised character c (c itself included when it is one).
    public static IReadOnlyList<char> Of(char c) => Forms.Value.Of.TryGetValue(c, out var forms) ? forms : [];

    // Characters that normalise to nothing (marks, tatweel, controls, and the few
    // presentation forms made only of them).
    public static SearchValues<char> Vanishing => Forms.Value.Vanishing;

    private sealed record Table(Dictionary<char, List<char>> Of, SearchValues<char> Vanishing);

    // One pass over the Basic Multilingual Plane (about 3 ms); surrogates are never letters.
    private static Table Build()
    {
        var of = new Dictionary<char, List<char>>();
        var vanishing = new List<char>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var normalised = ArabicNormalizer.Normalize([c]);
            if (normalised.Length == 0)
            {
                vanishing.Add(c);
            }

            foreach (var n in normalised.Distinct())
            {
                if (!of.TryGetValue(n, out var forms))
                {
                    of[n] = forms = [];
                }
                forms.Add(c);
            }
        }

        return new Table(of, SearchValues.Create([.. vanishing]));
    }
}
