namespace BlazorReader.Core.Related;

// A dense score array reused per thread: a corpus-wide query touches thousands of
// articles, and a dictionary or a fresh array per query would dominate a rebuild.
internal sealed class TopicalScoreBoard
{
    private double[] scores = [];
    private readonly List<int> touched = [];

    public void Reset(int size)
    {
        foreach (var position in touched)
        {
            scores[position] = 0;
        }

        touched.Clear();
        if (scores.Length < size)
        {
            Array.Resize(ref scores, Math.Max(size, scores.Length * 2));
        }
    }

    public void Add(int position, double score)
    {
        if (scores[position] == 0)
        {
            touched.Add(position);
        }

        scores[position] += score;
    }

    // Equal scores (one text under two ids) go to the smaller id, so the answer does not
    // depend on positions, which change when an article is removed.
    public IReadOnlyList<ScoredArticle> Top(int k, Func<int, double?> factor, Func<int, int> idOf)
    {
        var best = new PriorityQueue<(double Score, int Id), (double Score, int Id)>(WorstFirst.Instance);
        foreach (var position in touched)
        {
            if (factor(position) is not { } weight)
            {
                continue;
            }

            var candidate = (scores[position] * weight, idOf(position));
            if (best.Count < k)
            {
                best.Enqueue(candidate, candidate);
            }
            else if (WorstFirst.Instance.Compare(candidate, best.Peek()) > 0)
            {
                best.EnqueueDequeue(candidate, candidate);
            }
        }

        var top = new List<ScoredArticle>(best.Count);
        while (best.TryDequeue(out var entry, out _))
        {
            top.Add(new ScoredArticle(entry.Id, entry.Score));
        }

        top.Reverse();
        return top;
    }

    private sealed class WorstFirst : IComparer<(double Score, int Id)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Id) x, (double Score, int Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id);
    }
}
