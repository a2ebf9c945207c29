using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Infrastructure.IntegrationTests.Support;

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

    /// <summary>A new lecturer user whose sign-in is linked to a new lecturer record.</summary>
    internal static async Task<Persona> SignUpLecturerAsync(string name)
    {
        var persona = await SignUpAsync(name, "lecturers");
        var lecturer = await CreateLecturerAsync(new { email = persona.Email });
        return persona with { LecturerId = LinkedTo("/api/lecturers", lecturer, persona) };
    }

    /// <summary>A user of the run by name, as test cases name them; "anonymous" is nobody (no token).</summary>
    internal static Persona? Named(string name) => name switch
    {
        "admin" => Admin,
        "lecturer" => Lecturer,
        "student" => Student,
        "nogroup" => NoGroup,
        "anonymous" => null,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a persona of the run."),
    };

    /// <summary>
    /// A new student whose invitation has completed (as <c>GET</c> shows it then), so no background change touches
    /// the row, or its ETag, any more.
    /// </summary>
    internal static Task<JsonElement> CreateStudentAsync(object? overrides = null) =>
        CreateInvitedAsync("/api/students", StudentBodies.New(overrides));

    /// <summary>A new lecturer whose invitation has completed, like <see cref="CreateStudentAsync"/>.</summary>
    internal static Task<JsonElement> CreateLecturerAsync(object? overrides = null) =>
        CreateInvitedAsync("/api/lecturers", LecturerBodies.New(overrides));

    internal static Task<JsonElement> CreateSubjectAsync(object? overrides = null) =>
        CreateAsync("/api/subjects", SubjectBodies.New(overrides));

    /// <summary>Runs SQL against the API's database: set-up the API offers no route for, and checks.</summary>
    internal static Task<object?> ScalarAsync(string sql, params object[] parameters) =>
        Sql.ScalarAsync(Host.ConnectionString, sql, parameters);

    private static async Task<JsonElement> CreateInvitedAsync(string collection, JsonObject body)
    {
        var created = await CreateAsync(collection, body);
        return await WaitForInvitationAsync($"{collection}/{created.GetProperty("id").GetGuid()}", "sent");
    }

    private static async Task<JsonElement> CreateAsync(string path, JsonObject body)
    {
        using var admin = As(Admin);
        using var response = await admin.PostAsJsonAsync(path, body);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Guid> CreateLinkedStudentAsync(Persona persona) =>
        LinkedTo("/api/students", await CreateStudentAsync(new { email = persona.Email }), persona);

    /// <summary>
    /// Creating a record with a user's email queues their invitation, which (after the commit, through the queue)
    /// finds the existing Cognito user and links the record to them: then the persona owns the record.
    /// </summary>
    private static Guid LinkedTo(string collection, JsonElement record, Persona persona)
    {
        record.GetProperty("userId").GetString().Should().Be(persona.Sub, $"the invitation of {collection} links the existing user");
        return record.GetProperty("id").GetGuid();
    }

    /// <summary>Waits until the person at <paramref name="path"/> shows the invitation state (API.md, "Invitation state").</summary>
    internal static async Task<JsonElement> WaitForInvitationAsync(string path, string state, int timeoutSeconds = 30)
    {
        using var admin = As(Admin);
        return await WaitForInvitationAsync(admin, path, state, timeoutSeconds);
    }

    /// <summary>As above, through a client of another host.</summary>
    internal static async Task<JsonElement> WaitForInvitationAsync(HttpClient admin, string path, string state, int timeoutSeconds = 30)
    {
        JsonElement person = default;
        await Eventually.HoldsAsync(async () =>
        {
            person = await admin.GetFromJsonAsync<JsonElement>(path);
            return person.GetProperty("invitation").GetString() == state;
        }, $"{path} shows invitation \"{state}\"", timeoutSeconds);
        return person;
    }
}
