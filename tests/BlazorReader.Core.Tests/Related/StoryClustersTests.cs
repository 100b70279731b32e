using System.Globalization;
using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class StoryClustersTests
{
    // Ids 1-6 added; "a-b" joins two, "-a" removes one (the links named stay as the twins).
    // Expected: the name (smallest id) of each of ids 1-6's clusters, and the size of 1's.
    [Theory]
    [InlineData("", new[] { 1, 2, 3, 4, 5, 6 }, 1)]
    [InlineData("5-6,4-6", new[] { 1, 2, 3, 4, 4, 4 }, 1)]
    [InlineData("5-6,4-6,1-6", new[] { 1, 2, 3, 1, 1, 1 }, 4)]
    [InlineData("1-2,3-4,2-3", new[] { 1, 1, 1, 1, 5, 6 }, 4)]
    [InlineData("1-2,3-4,2-3,-2", new[] { 1, 2, 3, 3, 5, 6 }, 1)]
    [InlineData("1-2,2-3,1-3,-2", new[] { 1, 2, 1, 4, 5, 6 }, 2)]
    [InlineData("1-2,-1", new[] { 1, 2, 3, 4, 5, 6 }, 1)]
    [InlineData("1-2,-1,1-3", new[] { 1, 2, 1, 4, 5, 6 }, 2)]
    [InlineData("5-6,-6,1-5", new[] { 1, 2, 3, 4, 1, 6 }, 2)]
    public void Names_each_cluster_by_its_smallest_id(string steps, int[] expected, int sizeOfFirst)
    {
        var clusters = new StoryClusters();
        var links = new List<(int, int)>();
        foreach (var id in Enumerable.Range(1, 6))
        {
            clusters.Add(id);
        }

        foreach (var step in steps.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (step[0] == '-')
            {
                var id = int.Parse(step[1..], CultureInfo.InvariantCulture);
                links.RemoveAll(l => l.Item1 == id || l.Item2 == id);
                clusters.Remove(id, m => links.Where(l => l.Item1 == m).Select(l => l.Item2).Concat(links.Where(l => l.Item2 == m).Select(l => l.Item1)));
                clusters.Add(id); // back on its own, with no links
            }
            else
            {
                var (left, right) = (int.Parse(step.Split('-')[0], CultureInfo.InvariantCulture), int.Parse(step.Split('-')[1], CultureInfo.InvariantCulture));
                links.Add((left, right));
                clusters.Union(left, right);
            }
        }

        Assert.Equal(expected, Enumerable.Range(1, 6).Select(clusters.Find));
        Assert.Equal(sizeOfFirst, clusters.Members(1).Count);
    }

    [Fact]
    public void An_unknown_id_is_its_own_cluster()
    {
        var clusters = new StoryClusters();

        Assert.Equal(7, clusters.Find(7));
        Assert.Equal([7], clusters.Members(7));
    }
}
