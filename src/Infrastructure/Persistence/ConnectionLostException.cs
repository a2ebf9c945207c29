using System.Data.Common;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// The connection broke while a command was in flight, so its transaction is gone and nothing of it was
/// stored. Transient, like the network errors Npgsql reports, so the API answers 503 with Retry-After.
/// </summary>
internal sealed class ConnectionLostException(Exception inner)
    : DbException("The database connection was lost before the command finished; nothing was stored.", inner)
{
    public override bool IsTransient => true;
}
