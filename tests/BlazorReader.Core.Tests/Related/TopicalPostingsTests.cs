using System.Globalization;
using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class TopicalPostingsTests
{
    // Steps on one term: "+p" adds position p (weight p + 0.5), "-p" removes it, ">p" moves
    // the last position to p. Expected: the positions left, in order.
    [Theory]
    [InlineData("+0,+1,+2", new[] { 0, 1, 2 })]
    [InlineData("+0,+1,+2,-1", new[] { 0, 2 })]
    [InlineData("+0,+1,+2,-0,>0", new[] { 0, 1 })]
    [InlineData("+0,+3,+7,-3,>3", new[] { 0, 3 })]
    [InlineData("+2,+5,+9,-2,>1", new[] { 1, 5 })]
    [InlineData("+4,-4,+4", new[] { 4 })]
    [InlineData("+1,+2,-2,+2,-1", new[] { 2 })]
    public void Keeps_positions_sorted_through_removes_and_moves(string steps, int[] expected)
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        foreach (var step in steps.Split(','))
        {
            var position = int.Parse(step[1..], CultureInfo.InvariantCulture);
            switch (step[0])
            {
                case '+': postings.Add(term, Block, position, position + 0.5f); break;
                case '-': postings.Remove(term, Block, position); break;
                default: postings.MoveLast(term, Block, position); break;
            }
        }

        Assert.Equal(expected, Positions(postings, term));
        Assert.Equal(expected.Length, postings.DocumentFrequency(term));
    }

    [Fact]
    public void A_moved_posting_keeps_its_weight()
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        postings.Add(term, Block, 0, 1f);
        postings.Add(term, Block, 5, 3f);
        postings.Add(term, Block, 9, 4f);
        postings.Remove(term, Block, 0);
        postings.MoveLast(term, Block, 0);

        int[] positions = [0, 5];
        Assert.Equal([4f, 3f], positions.Select(p => postings.WeightOf(term, Block, p)));
    }

    [Fact]
    public void Terms_are_kept_apart_and_an_emptied_one_reads_as_unseen()
    {
        var postings = new TopicalPostings();
        var first = postings.AddTerm();
        var second = postings.AddTerm();
        postings.Add(first, Block, 0, 1f);
        postings.Add(second, Block, 0, 2f);
        postings.Remove(first, Block, 0);

        Assert.Equal((0, 1, 2f), (postings.DocumentFrequency(first), postings.DocumentFrequency(second), postings.WeightOf(second, Block, 0)));
    }

    [Fact]
    public void Refuses_a_position_out_of_order_and_a_missing_one()
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        postings.Add(term, Block, 3, 1f);

        Assert.Throws<ArgumentOutOfRangeException>(() => postings.Add(term, Block, 2, 1f));
        Assert.Throws<KeyNotFoundException>(() => postings.WeightOf(term, Block, 4));
        Assert.Throws<KeyNotFoundException>(() => postings.WeightOf(term, Block + 1, 3));
    }

    [Fact]
    public void Keeps_blocks_in_date_order_and_counts_the_term_across_them()
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        postings.Add(term, 20, 0, 1f);
        postings.Add(term, 5, 1, 1f);
        postings.Add(term, 12, 2, 1f);
        postings.Add(term, 5, 3, 1f);

        Assert.Equal([5, 12, 20], postings.Of(term).ToArray().Select(b => b.Block));
        Assert.Equal([1, 3, 2, 0], Positions(postings, term));
        Assert.Equal(4, postings.DocumentFrequency(term));
    }

    [Theory]
    [InlineData(5, 20, new[] { 5, 12, 20 })]
    [InlineData(6, 19, new[] { 12 })]
    [InlineData(12, 12, new[] { 12 })]
    [InlineData(13, 19, new int[0])]
    [InlineData(21, 30, new int[0])]
    [InlineData(0, 11, new[] { 5 })]
    public void Gives_only_the_blocks_asked_for(int first, int last, int[] expected)
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        foreach (var (block, position) in new[] { (5, 0), (12, 1), (20, 2) })
        {
            postings.Add(term, block, position, 1f);
        }

        Assert.Equal(expected, postings.Of(term, first, last).ToArray().Select(b => b.Block));
    }

    private const int Block = 7;

    private static IEnumerable<int> Positions(TopicalPostings postings, int term) =>
        postings.Of(term).ToArray().SelectMany(b => b.List).Select(p => p.Document);
}
