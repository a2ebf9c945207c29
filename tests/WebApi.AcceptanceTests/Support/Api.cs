using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Npgsql;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// The running API and the people who use it, shared by all acceptance tests. Each test makes
/// its own data with unique values, so tests run in any order.
/// </summary>
public static class Api
{
    public const string Password = "Accept4nce!Pass";

    /// <summary>A browser origin the shared host allows (CORS).</summary>
    public const string AllowedOrigin = "https://app.accept.test";

    private static ApiHost? _host;

    // Limits high enough that no test meets them by accident; Limits tests use hosts of their own.
    private static readonly Dictionary<string, string?> SharedHostSettings = new()
    {
        ["RateLimiting:TokenLimit"] = "1000000",
        ["RateLimiting:TokensPerPeriod"] = "1000000",
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
    };

    internal static ApiHost Host => _host ?? throw new InvalidOperationException("The API host has not started.");

    internal static StackInfo Stack { get; private set; } = null!;

    internal static CognitoLocal Cognito { get; private set; } = null!;

    internal static Persona Admin { get; private set; } = null!;

    internal static Persona Lecturer { get; private set; } = null!;

    /// <summary>A student linked to a student record of their own.</summary>
    internal static Persona Student { get; private set; } = null!;

    /// <summary>Signed in, but in no group: may do nothing but ask who they are.</summary>
    internal static Persona NoGroup { get; private set; } = null!;

    internal static async Task StartAsync()
    {
        Stack = await TestStack.GetAsync();
        Cognito = new CognitoLocal(Stack);
        _host = new ApiHost(Stack, await TestDatabase.CreateAsync("acceptance"), SharedHostSettings);
        Host.Start();

        Admin = await SignUpAsync("admin", "admins");
        Lecturer = await SignUpAsync("lecturer", "lecturers");
        NoGroup = await SignUpAsync("nogroup");
        var student = await SignUpAsync("student", "students");
        Student = student with { StudentId = await CreateLinkedStudentAsync(student) };
    }

    internal static async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            await TestDatabase.DropAsync(_host.ConnectionString);
        }
    }

    internal static HttpClient As(Persona? persona) => Host.CreateHttpClient(persona?.AccessToken);

    internal static HttpClient Anonymous() => Host.CreateHttpClient();

    internal static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@accept.test";

    /// <summary>A new Cognito user in the given groups, signed in.</summary>
    internal static async Task<Persona> SignUpAsync(string name, params string[] groups)
    {
        var email = UniqueEmail(name);
        var sub = await Cognito.CreateUserAsync(email, Password, groups);
        return new Persona(name, email, sub, await Cognito.GetAccessTokenAsync(email, Password));
    }

    /// <summary>A new student user whose sign-in is linked to a new student record.</summary>
    internal static async Task<Persona> SignUpStudentAsync(string name)
    {
        var persona = await SignUpAsync(name, "students");
        return persona with { StudentId = await CreateLinkedStudentAsync(persona) };
    }

    internal static async Task<JsonElement> CreateStudentAsync(object? overrides = null)
    {
        using var admin = As(Admin);
        using var response = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(overrides));
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Runs SQL against the API's database: set-up the API offers no route for, and checks.</summary>
    internal static async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }

    private static async Task<Guid> CreateLinkedStudentAsync(Persona persona)
    {
        var student = await CreateStudentAsync(new { email = persona.Email });
        var id = student.GetProperty("id").GetGuid();
        await ScalarAsync("UPDATE students SET user_id = $1 WHERE id = $2", persona.Sub, id);
        return id;
    }
}
