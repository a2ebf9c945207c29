namespace CleanStudents.Domain.Common;

/// <summary>A person on record who may also sign in: their email, and the user they sign in as.</summary>
public interface IUserAccountHolder
{
    Guid Id { get; }

    string Email { get; }

    string? UserId { get; }

    void LinkUser(string userId);
}
