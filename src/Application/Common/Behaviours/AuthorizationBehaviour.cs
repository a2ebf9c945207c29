using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Mediator;

namespace CleanStudents.Application.Common.Behaviours;

/// <summary>Enforces the roles and ownership a request declares with <see cref="AuthorizeAttribute"/>.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user, ICallerLinks links)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        var policy = AccessPolicy<TRequest>.Value;
        if (policy.AllowsAnonymous)
        {
            return await next(request, cancellationToken);
        }

        if (!user.IsAuthenticated)
        {
            return TResponse.Failure(Error.Unauthorized());
        }

        return policy.AnySignedInUser || policy.Roles.Overlaps(user.Roles)
            || await IsOwnerAsync(policy.Owner, request, cancellationToken)
            ? await next(request, cancellationToken)
            : TResponse.Failure(Error.Forbidden());
    }

    private async Task<bool> IsOwnerAsync(Owner owner, TRequest request, CancellationToken cancellationToken) =>
        owner switch
        {
            Owner.Student => user.Roles.Contains(Role.Student)
                && await links.StudentIdAsync(cancellationToken) == ((IStudentScoped)request).StudentId,
            Owner.Lecturer => user.Roles.Contains(Role.Lecturer)
                && await links.LecturerIdAsync(cancellationToken) == ((ILecturerScoped)request).LecturerId,
            Owner.ClassLecturer => await TeachesAsync((IClassScoped)request, cancellationToken),
            Owner.ClassMember => await TeachesAsync((IClassScoped)request, cancellationToken)
                || await AttendsAsync((IClassScoped)request, cancellationToken),
            _ => false,
        };

    private async Task<bool> TeachesAsync(IClassScoped request, CancellationToken cancellationToken) =>
        user.Roles.Contains(Role.Lecturer) && await links.TeachesClassAsync(request.ClassId, cancellationToken);

    private async Task<bool> AttendsAsync(IClassScoped request, CancellationToken cancellationToken) =>
        user.Roles.Contains(Role.Student) && await links.AttendsClassAsync(request.ClassId, cancellationToken);
}
