namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>
/// An exact total of a list without counting its rows: the database keeps it up to date in the same
/// transaction as every change to them, so an unsearched page costs the same at a million rows as at ten
/// thousand. <see cref="ListPages"/> uses it, where one is registered, instead of <c>COUNT(*)</c>.
/// </summary>
internal interface IKeptTotal<T, in TFilter>
{
    Task<int> CountAsync(TFilter filter, CancellationToken cancellationToken);
}
