using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// Lets EF Core report refused passwords: the failing open still throws, but the next one (or EF's retry, with
/// 28P01 among the retried codes) uses the re-read secret.
/// </summary>
internal sealed class RdsPasswordRefreshInterceptor(RdsPasswordProvider passwords) : DbConnectionInterceptor
{
    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) =>
        passwords.RefreshAfterFailureAsync(eventData.Exception, CancellationToken.None).GetAwaiter().GetResult();

    public override Task ConnectionFailedAsync(
        DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        passwords.RefreshAfterFailureAsync(eventData.Exception, cancellationToken);
}
