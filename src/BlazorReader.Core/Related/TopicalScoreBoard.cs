namespace BlazorReader.Core.Related;

// A dense score array reused per thread: a corpus-wide query touches thousands of
// articles, and a dictionary or a fresh array per query would dominate a rebuild.
internal sealed class TopicalScoreBoard
{
    private double[] _scores = [];
    private readonly List<int> _touched = [];

    public void Reset(int size)
    {
        foreach (var position in _touched)
        {
            _scores[position] = 0;
        }

        _touched.Clear();
        if (_scores.Length < size)
        {
            Array.Resize(ref _scores, Math.Max(size, _scores.Length * 2));
        }
    }

    public void Add(int position, double score)
    {
        if (_scores[position] == 0)
        {
            _touched.Add(position);
        }

        _scores[position] += score;
    }

    public IReadOnlyList<ScoredArticle> Top(int k, Func<int, double?> factor, Func<int, int> idOf)
    {
        var best = new PriorityQueue<(int Position, double Score), double>();
        foreach (var position in _touched)
        {
            if (factor(position) is not { } weight)
            {
                continue;
            }

            var score = _scores[position] * weight;
            if (best.Count < k)
            {
                best.Enqueue((position, score), score);
            }
            else if (score > best.Peek().Score)
            {
                best.EnqueueDequeue((position, score), score);
            }
        }

        var top = new List<(int Position, double Score)>(best.Count);
        while (best.TryDequeue(out var entry, out _))
        {
            top.Add(entry);
        }

        top.Reverse();
        return [.. top.Select(t => new ScoredArticle(idOf(t.Position), t.Score))];
    }
}
