using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorReader.Data.Tests;

// Runs the given work once, just before the first transaction on these contexts begins: after
// a write has read what it changes, before it writes.
internal sealed class BeforeTheFirstTransaction(Func<Task> run) : DbTransactionInterceptor
{
    private int ran;

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref ran, 1) == 0)
        {
            await run();
        }
        return result;
    }
}
