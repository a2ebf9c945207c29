using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using Microsoft.Extensions.Options;

namespace CleanStudents.Application.SignUps.Queries.ScreenSignUp;

internal sealed class ScreenSignUpQueryHandler(IOptions<SignUpOptions> options) : IQueryHandler<ScreenSignUpQuery, Unit>
{
    private const string AdminCreateUser = "PreSignUp_AdminCreateUser";

    public ValueTask<Result<Unit>> Handle(ScreenSignUpQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<Unit>>(query.TriggerSource != AdminCreateUser && IsDisposable(query.Email)
            ? Error.Forbidden("Sign-up with a disposable email address is not allowed; use your own address.")
            : Unit.Value);

    private bool IsDisposable(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return false;
        }

        // mail.mailinator.com is as disposable as mailinator.com: test the domain and every parent.
        var domain = email![(at + 1)..].Trim().TrimEnd('.');
        for (var rest = domain; rest.Length > 0; rest = rest.IndexOf('.') is var dot and >= 0 ? rest[(dot + 1)..] : string.Empty)
        {
            if (options.Value.DisposableEmailDomains.Contains(rest))
            {
                return true;
            }
        }

        return false;
    }
}
