namespace HfsBot.Core.Text;

/// <summary>
/// Which letters lie next to each other on a phone keyboard: the keys a thumb hits instead of the one it meant. The
/// QWERTY rows, with the keys that other European layouts move (QWERTZ swaps "y" and "z"; AZERTY swaps "a" and "q",
/// "z" and "w", and puts "m" beside "l").
/// </summary>
internal static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly (char, char)[] OtherLayouts = [('y', 'z'), ('a', 'q'), ('z', 'w'), ('m', 'l')];

    /// <summary>Whether two lower-case letters are neighbouring keys (on the same row or the next, at most one key along).</summary>
    public static bool AreNeighbours(char a, char b)
    {
        if (a == b || OtherLayouts.Contains((a, b)) || OtherLayouts.Contains((b, a)))
        {
            return a != b;
        }

        var (rowA, columnA) = Position(a);
        var (rowB, columnB) = Position(b);
        return rowA >= 0 && rowB >= 0 && Math.Abs(rowA - rowB) <= 1 && Math.Abs(columnA - columnB) <= 1;
    }

    private static (int Row, int Column) Position(char letter)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(letter, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }

        return (-1, -1);
    }
}
