using Amazon.Runtime;
using Amazon.SQS;
using CleanStudents.Benchmarks.Baseline;
using Npgsql;

// The hand-written limit for build/bench.sh: the app's three student routes with the same
// JWT validation, SQL and JSON, and nothing else (no mediator, no EF Core, no pipeline). The bench
// calls as an admin, so the student-owner path of GET by id is left out.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(
    builder.Configuration.GetConnectionString("Database")
    ?? throw new InvalidOperationException("ConnectionStrings__Database is not set.")));
builder.Services.AddCognitoJwt(builder.Configuration);
// The create's one message per student, to the emulator's queue the bench gives it (the app's outbox sends the same).
builder.Services.AddSingleton<IAmazonSQS>(_ => new AmazonSQSClient(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
{
    ServiceURL = builder.Configuration["Queue:ServiceUrl"] ?? throw new InvalidOperationException("Queue__ServiceUrl is not set."),
    AuthenticationRegion = "us-east-1",
}));
builder.Services.AddSingleton(new WorkQueue(builder.Configuration["Queue:Url"]
    ?? throw new InvalidOperationException("Queue__Url is not set.")));
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJsonContext.Default));

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

var students = app.MapGroup("/api/students");
students.MapGet("/", StudentRoutes.List).RequireAuthorization(CognitoJwt.Staff);
students.MapGet("/{id:guid}", StudentRoutes.Get).RequireAuthorization(CognitoJwt.Staff);
students.MapPost("/", StudentRoutes.Create).RequireAuthorization(CognitoJwt.Admin);
app.MapGet("/health/live", () => Results.Ok());

app.Run();
