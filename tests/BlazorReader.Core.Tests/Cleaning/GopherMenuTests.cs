using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A Gopher menu as the server sends it, generated: the story's lines as information lines with
// the placeholder columns each server writes (or none, when a line runs long), between the
// menu's links to other documents, a tab among a line's words. The story comes back whole,
// without the type letter or the columns; the links and the empty information lines go.
public class GopherMenuTests
{
    private static readonly string[] Story = StoryLines.Four;

    [Theory]
    [InlineData("\tfake\t(NULL)\t0")]
    [InlineData("\t\terror.host\t1")]
    [InlineData("\tnull\tnull.host\t1")]
    [InlineData("\t\t(NULL)\t0")]
    public void The_storys_information_lines_lose_their_letter_and_columns(string columns)
    {
        string[] menu =
        [
            "i============================" + columns,
            "1محليات\t/local\tgopher.akhbar.org\t70",
            "1الاقتصاد\t/economy\tgopher.akhbar.org\t70",
            "i" + columns,
            "i" + Story[0] + columns,
            "i" + Story[1],
            "i" + columns,
            "i" + Story[2] + columns,
            "i" + string.Join('\t', Story[3].Split(' ', 2)) + columns,
            "0السيطرة على مخ فأر «عن بعد»\t/news/4218.txt\tgopher.akhbar.org\t70",
            "1رجوع\t/\tgopher.akhbar.org\t70",
            ".",
        ];

        Assert.Equal(Story, StoryLines.Clean(menu));
    }

    // A link too long for the columns is cut with the letter on its first piece and the columns on its last.
    [Fact]
    public void A_cut_lines_last_piece_loses_the_columns()
    {
        string[] menu = ["1محليات\t/local\tgopher.akhbar.org\t70", "i" + Story[0] + "\tfake\t(NULL)\t0", "i│ pic.twitter.c", "om/WLdBdd4msx\tfake\t(NULL)\t0", "0السيطرة على مخ فأر\t/news/4218.txt\tgopher.akhbar.org\t70"];
        var context = Clean.With(string.Join("\n", menu), new GopherMenu());
        Assert.Equal([Story[0], "│ pic.twitter.c", "om/WLdBdd4msx"], context.BodyLines());
    }

    // A cut information line in Latin letters keeps its words behind the letter; its last piece
    // may open with what reads as a type letter («2bag8…»), yet its placeholder columns make it
    // the line's end, not a link of that type.
    [Theory]
    [InlineData("\t\terror.host\t1")]
    [InlineData("\tfake\t(NULL)\t0")]
    public void A_cut_latin_lines_pieces_come_back_whatever_letter_opens_the_last(string columns)
    {
        string[] menu =
        [
            "1محليات\t/local\tgopher.akhbar.org\t70", "i" + Story[0] + columns, "iToday thousands joined the event in Riyadh! http://t.c", "o/",
            "2bag8Fk1AA" + columns, "i@gcsoni_ " + columns, "0السيطرة على مخ فأر\t/news/4218.txt\tgopher.akhbar.org\t70",
        ];
        var context = Clean.With(string.Join("\n", menu), new GopherMenu());
        Assert.Equal([Story[0], "Today thousands joined the event in Riyadh! http://t.c", "o/", "2bag8Fk1AA", "@gcsoni_"], context.BodyLines());
    }

    // Two lines with columns are no menu: a story's line ending in a host and a number stays.
    [Fact]
    public void A_page_with_fewer_than_three_menu_lines_is_no_menu()
    {
        string[] page = [Story[0], "iPhone 6 متوفر الآن في المتجر example.com 70", Story[1]];
        var context = Clean.With(string.Join("\n", page), new GopherMenu());
        Assert.Equal(page, context.BodyLines());
    }
}
