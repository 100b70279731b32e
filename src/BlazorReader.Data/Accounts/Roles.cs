namespace BlazorReader.Data.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    // Admins can do everything an editor can.
    public const string Editors = Admin + "," + Editor;

    public static readonly IReadOnlyList<string> All = [Admin, Editor];

    public static string? Canonical(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
