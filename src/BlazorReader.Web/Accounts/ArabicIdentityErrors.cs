using Microsoft.AspNetCore.Identity;

namespace BlazorReader.Web.Accounts;

// Identity's messages as an Arabic-speaking admin reads them in the users page.
public sealed class ArabicIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"كلمة المرور قصيرة: {length} حرفًا على الأقل." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"كلمة المرور تحتاج {uniqueChars} أحرف مختلفة على الأقل." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"يوجد حساب بالبريد {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"يوجد حساب باسم {userName}." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"البريد «{email}» غير صالح." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"الاسم «{userName}» غير صالح." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "عدّل غيرك هذا الحساب في الوقت نفسه؛ أعد المحاولة." };
}
