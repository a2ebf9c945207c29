using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// The database (section <c>Database</c>). On AWS, <see cref="SecretArn"/> with host, port and name
/// describe RDS; locally the connection string <c>ConnectionStrings:Database</c> is used instead.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Database";

    /// <summary>Applies pending migrations when the app starts: for the local stack, never on Lambda.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Builds EF Core's query pipeline and opens a connection while the host starts (cold starts).</summary>
    public bool PrimeOnStartup { get; set; } = true;

    /// <summary>Longest a single SQL statement may run before it is cancelled (up to Lambda's 15 minutes: the migrate function).</summary>
    [Range(1, 900)]
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// EF Core's check that no context is used by two operations at once: a cost on every row read, so off in
    /// production; the acceptance and integration tests turn it on.
    /// </summary>
    public bool ThreadSafetyChecks { get; set; }

    public string? Host { get; set; }

    [Range(1, 65_535)]
    public int Port { get; set; } = 5432;

    public string? Name { get; set; }

    /// <summary>ARN (or name) of the RDS-managed master secret: <c>{"username","password"}</c>.</summary>
    public string? SecretArn { get; set; }

    /// <summary>Small per container: Lambda scales out by adding containers, each with its own pool.</summary>
    [Range(1, 1_000)]
    public int MaxPoolSize { get; set; } = 4;

    /// <summary>
    /// How many statements Npgsql keeps prepared per connection once each has run a few times, so
    /// the server stops parsing and planning the hot queries. 0 turns it off, as behind RDS Proxy:
    /// a session that prepares a statement is pinned to its database connection.
    /// </summary>
    [Range(0, 256)]
    public int MaxAutoPrepare { get; set; } = 32;

    /// <summary>
    /// The app's own least-privilege role (ADR 0205). When set, migrations (run as the owner) create it and grant it
    /// data rights on the app's tables only: no DDL, no other schema.
    /// </summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string? AppRole { get; set; }

    /// <summary>
    /// A secret <c>{"password"}</c> the migrations set as <see cref="AppRole"/>'s password: only RDS Proxy needs one,
    /// to reach the database as that role (the app itself signs in with IAM, <see cref="IamUser"/>).
    /// </summary>
    public string? AppRolePasswordSecretArn { get; set; }

    /// <summary>Connect as this user with IAM database authentication: a short-lived SigV4 token is the password.</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string? IamUser { get; set; }

    public bool UsesRdsSecret => !string.IsNullOrWhiteSpace(SecretArn);

    public bool UsesIamAuthentication => !string.IsNullOrWhiteSpace(IamUser);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesRdsSecret && UsesIamAuthentication)
        {
            yield return new ValidationResult("Database:SecretArn and Database:IamUser are two ways to sign in; set one.", [nameof(IamUser)]);
        }

        if (!UsesRdsSecret && !UsesIamAuthentication)
        {
            yield break;
        }

        var with = UsesRdsSecret ? "Database:SecretArn" : "Database:IamUser";
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult($"Database:Host is required with {with}.", [nameof(Host)]);
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult($"Database:Name is required with {with}.", [nameof(Name)]);
        }
    }
}

/// <summary>Checks <see cref="DatabaseOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>;
