using System.Runtime.InteropServices;

namespace BlazorReader.Core.Related;

// How telling a headline or opening word is: counted over every article's headline and
// opening (each word once per article), weighted by inverse document frequency. A name or a
// place found in a few articles weighs much; «أكد», «المملكة», «اليوم» weigh little.
public sealed class HeadlineWeights
{
    private readonly Dictionary<ulong, int> counts = [];

    public int Articles { get; private set; }

    public void Count(ulong[] leadWords)
    {
        ArgumentNullException.ThrowIfNull(leadWords);
        foreach (var word in leadWords)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
        }

        Articles++;
    }

    // An article taken out of the index no longer counts.
    public void Uncount(ulong[] leadWords)
    {
        ArgumentNullException.ThrowIfNull(leadWords);
        foreach (var word in leadWords)
        {
            if (counts.TryGetValue(word, out var count) && count > 1)
            {
                counts[word] = count - 1;
            }
            else
            {
                counts.Remove(word);
            }
        }

        Articles--;
    }

    public int ArticlesWith(ulong word) => counts.GetValueOrDefault(word);

    // Smoothed so that a word every article of a young index holds still counts a little.
    public double Weight(ulong word) => Math.Log(1.0 + ((Articles + 1.0) / (counts.GetValueOrDefault(word) + 1.0)));

    // Sum of the weights of the words both sorted sets hold.
    public double SharedWeight(ulong[] left, ulong[] right)
    {
        int i = 0, j = 0;
        var shared = 0.0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared += Weight(left[i]);
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    public double TotalWeight(ulong[] words) => words.Sum(Weight);
}
