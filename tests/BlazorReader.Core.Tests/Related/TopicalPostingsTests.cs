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
                case '+': postings.Add(term, position, position + 0.5f); break;
                case '-': postings.Remove(term, position); break;
                default: postings.MoveLast(term, position); break;
            }
        }

        Assert.Equal(expected, postings.Of(term).ToArray().Select(p => p.Document));
        Assert.Equal(expected.Length, postings.DocumentFrequency(term));
    }

    [Fact]
    public void A_moved_posting_keeps_its_weight()
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        postings.Add(term, 0, 1f);
        postings.Add(term, 5, 3f);
        postings.Add(term, 9, 4f);
        postings.Remove(term, 0);
        postings.MoveLast(term, 0);

        int[] positions = [0, 5];
        Assert.Equal([4f, 3f], positions.Select(p => postings.WeightOf(term, p)));
    }

    [Fact]
    public void Terms_are_kept_apart_and_an_emptied_one_reads_as_unseen()
    {
        var postings = new TopicalPostings();
        var first = postings.AddTerm();
        var second = postings.AddTerm();
        postings.Add(first, 0, 1f);
        postings.Add(second, 0, 2f);
        postings.Remove(first, 0);

        Assert.Equal((0, 1, 2f), (postings.DocumentFrequency(first), postings.DocumentFrequency(second), postings.WeightOf(second, 0)));
    }

    [Fact]
    public void Refuses_a_position_out_of_order_and_a_missing_one()
    {
        var postings = new TopicalPostings();
        var term = postings.AddTerm();
        postings.Add(term, 3, 1f);

        Assert.Throws<ArgumentOutOfRangeException>(() => postings.Add(term, 2, 1f));
        Assert.Throws<KeyNotFoundException>(() => postings.WeightOf(term, 4));
    }
}
