using Microsoft.AspNetCore.Identity;

namespace BlazorReader.Data.Accounts;

// An editor or admin. Readers have no account: reading needs none.
public class ReaderUser : IdentityUser
{
    // A disabled account keeps its history (revisions and audit name it) but cannot sign in.
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
