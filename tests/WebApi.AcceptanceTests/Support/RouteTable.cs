using System.Net;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Who calls a route in the authorization matrix.</summary>
internal enum Caller
{
    Anonymous,
    Admin,
    Lecturer,
    OwningLecturer,
    Student,
    OwningStudent,
    NoGroup,
}

/// <summary>One row of API.md's "Routes and who may call them"; <see cref="Allowed"/> is the exact set.</summary>
/// <param name="Template">Placeholders: {studentId}, {lecturerId}, {subjectId}, {classId}, {notificationId}, {fileId}.</param>
/// <param name="Body">A JSON object with the fields the route reads (the fuzzer breaks it).</param>
/// <param name="RefusedWith">What a signed-in caller outside <see cref="Allowed"/> gets: 403, or 404
/// where the contract hides whether the resource exists (docs/API.md's implementation notes).</param>
internal sealed record ApiRoute(string Method, string Template, Caller[] Allowed, string? Body = null,
    HttpStatusCode RefusedWith = HttpStatusCode.Forbidden)
{
    /// <summary>The query parameters the running app's OpenAPI document lists for this route.</summary>
    public IReadOnlyList<string> QueryParameters { get; init; } = [];

    public override string ToString() => $"{Method} {Template}";
}

/// <summary>A use case's acceptance tests that bring their route's row (the use-case template writes one).</summary>
internal interface IAddsRoute
{
    static abstract ApiRoute Route { get; }
}

/// <summary>
/// API.md's route table as data: adding a route is one line here, or its tests implement <see cref="IAddsRoute"/>.
/// The matrix and the fuzzer call only the routes the running app's OpenAPI document lists.
/// </summary>
internal static class RouteTable
{
    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();
    private static readonly Caller[] SignedIn = [.. Everyone.Except([Caller.Anonymous])];
    private static readonly Caller[] AdminOnly = [Caller.Admin];
    private static readonly Caller[] Staff = [Caller.Admin, Caller.Lecturer, Caller.OwningLecturer];
    private static readonly Caller[] StaffAndOwner = [.. Staff, Caller.OwningStudent];
    private static readonly Caller[] AdminAndOwningStudent = [Caller.Admin, Caller.OwningStudent];
    private static readonly Caller[] AdminAndOwningLecturer = [Caller.Admin, Caller.OwningLecturer];
    private static readonly Caller[] ClassMembers = [Caller.Admin, Caller.OwningLecturer, Caller.OwningStudent];

    // Bodies hold exactly the fields the route reads: a broken field the route ignores breaks nothing.
    private const string NewStudentBody =
        """{"firstName":"Fuzz","lastName":"Target","email":"fuzz@accept.test","dateOfBirth":"2004-03-14","studentNumber":"S-1","enrolledOn":"2025-09-01"}""";
    private const string StudentBody =
        """{"firstName":"Fuzz","lastName":"Target","email":"fuzz@accept.test","dateOfBirth":"2004-03-14","studentNumber":"S-1","enrolledOn":"2025-09-01","status":"Active"}""";
    private const string LecturerBody =
        """{"firstName":"Fuzz","lastName":"Target","email":"fuzz.l@accept.test","staffNumber":"L-1","department":"Maths"}""";
    private const string SubjectBody = """{"code":"FZ101","name":"Fuzzing","credits":5,"description":"d"}""";
    private const string ClassBody =
        """{"code":"FZ-1","subjectId":"00000000-0000-7000-8000-000000000000","lecturerId":null,"term":"2026-S1","capacity":10,"schedule":"Mon","room":"A1"}""";
    private const string AvatarUploadBody = """{"name":"fuzz.png","contentType":"image/png","size":1024}""";
    private const string MaterialUploadBody = """{"name":"fuzz.pdf","contentType":"application/pdf","size":1024}""";
    private const string NotificationBody = """{"title":"t","body":"b","target":{"type":"class","id":"{classId}"}}""";

    public static readonly ApiRoute[] All = [.. Listed(), .. AddedByUseCases()];

    private static IEnumerable<ApiRoute> AddedByUseCases() =>
        typeof(IAddsRoute).Assembly.GetTypes()
            .Where(type => type.IsClass && type.IsAssignableTo(typeof(IAddsRoute)))
            .Select(type => (ApiRoute)type.GetInterfaceMap(typeof(IAddsRoute)).TargetMethods.Single().Invoke(null, null)!);

    private static ApiRoute[] Listed() =>
    [
        new("GET", "/health/live", Everyone),
        new("GET", "/health/ready", Everyone),
        new("GET", "/api/me", SignedIn),
        new("GET", "/api/students", Staff),
        new("POST", "/api/students", AdminOnly, NewStudentBody),
        new("GET", "/api/students/{studentId}", StaffAndOwner),
        new("PUT", "/api/students/{studentId}", AdminOnly, StudentBody),
        new("DELETE", "/api/students/{studentId}", AdminOnly),
        new("GET", "/api/students/{studentId}/enrollments", StaffAndOwner),
        new("GET", "/api/students/{studentId}/transcript", AdminAndOwningStudent),
        new("POST", "/api/students/{studentId}/avatar", AdminAndOwningStudent, AvatarUploadBody),
        new("GET", "/api/students/{studentId}/avatar", StaffAndOwner),
        new("DELETE", "/api/students/{studentId}/avatar", AdminAndOwningStudent),
        new("GET", "/api/lecturers", AdminOnly),
        new("POST", "/api/lecturers", AdminOnly, LecturerBody),
        new("GET", "/api/lecturers/{lecturerId}", AdminAndOwningLecturer),
        new("PUT", "/api/lecturers/{lecturerId}", AdminOnly, LecturerBody),
        new("DELETE", "/api/lecturers/{lecturerId}", AdminOnly),
        new("GET", "/api/subjects", SignedIn),
        new("GET", "/api/subjects/{subjectId}", SignedIn),
        new("POST", "/api/subjects", AdminOnly, SubjectBody),
        new("PUT", "/api/subjects/{subjectId}", AdminOnly, SubjectBody),
        new("DELETE", "/api/subjects/{subjectId}", AdminOnly),
        new("GET", "/api/classes", SignedIn),
        new("GET", "/api/classes/{classId}", SignedIn),
        new("POST", "/api/classes", AdminOnly, ClassBody),
        new("PUT", "/api/classes/{classId}", AdminOnly, ClassBody),
        new("DELETE", "/api/classes/{classId}", AdminOnly),
        new("GET", "/api/classes/{classId}/enrollments", AdminAndOwningLecturer),
        new("POST", "/api/classes/{classId}/enrollments", AdminAndOwningStudent, """{"studentId":"{studentId}"}"""),
        new("DELETE", "/api/classes/{classId}/enrollments/{studentId}", AdminAndOwningStudent),
        new("PUT", "/api/classes/{classId}/enrollments/{studentId}/score", AdminAndOwningLecturer, """{"score":7.5}"""),
        new("GET", "/api/classes/{classId}/materials", ClassMembers),
        new("POST", "/api/classes/{classId}/materials", AdminAndOwningLecturer, MaterialUploadBody),
        new("GET", "/api/classes/{classId}/materials/{fileId}", ClassMembers),
        new("DELETE", "/api/classes/{classId}/materials/{fileId}", AdminAndOwningLecturer),
        new("POST", "/api/notifications", AdminAndOwningLecturer, NotificationBody),
        new("GET", "/api/me/notifications", SignedIn),
        new("POST", "/api/me/notifications/{notificationId}/read", [Caller.OwningStudent], RefusedWith: HttpStatusCode.NotFound),
    ];
}
