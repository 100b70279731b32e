namespace BlazorReader.Core.Arabic;

// The standard Arabic keyboard (the layout phones and PCs ship), for what a slip of the
// finger does: a letter replaced by one whose key touches it. Rows are offset as on a
// real keyboard, so a key touches two keys of the row above and two of the row below.
// The لا key (two letters) and ذ (alone, left of the top row) are left out.
public static class ArabicKeyboard
{
    private static readonly string[] Rows =
    [
        "ضصثقفغعهخحجد",
        "شسيبلاتنمكط",
        "ئءؤر ىةوزظ",
    ];

    private static readonly Dictionary<char, string> NeighboursOf = Build();

    // The letters whose keys touch this one's, as typed (unnormalised); empty for a letter
    // not on the layout.
    public static string Neighbours(char letter) => NeighboursOf.GetValueOrDefault(letter, "");

    public static bool AreNeighbours(char a, char b) => Neighbours(a).Contains(b, StringComparison.Ordinal);

    private static Dictionary<char, string> Build()
    {
        var neighbours = new Dictionary<char, string>();
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var column = 0; column < Rows[row].Length; column++)
            {
                var key = Rows[row][column];
                if (key == ' ') continue;
                var near = new List<char>();
                void Add(int r, int c)
                {
                    if (r >= 0 && r < Rows.Length && c >= 0 && c < Rows[r].Length && Rows[r][c] != ' ') near.Add(Rows[r][c]);
                }

                Add(row, column - 1);
                Add(row, column + 1);
                // Each row sits half a key to the right of the one above it.
                Add(row - 1, column);
                Add(row - 1, column + 1);
                Add(row + 1, column - 1);
                Add(row + 1, column);
                neighbours[key] = new string([.. near]);
            }
        }

        return neighbours;
    }
}
