using CleanStudents.Application;
using CleanStudents.Application.Common.Behaviours;
using CleanStudents.Infrastructure;
using CleanStudents.WebApi.Authentication;
using CleanStudents.WebApi.Endpoints;
using CleanStudents.WebApi.Errors;
using CleanStudents.WebApi.Http;
using CleanStudents.WebApi.Idempotency;
using CleanStudents.WebApi.Lambda;
using CleanStudents.WebApi.Limits;
using CleanStudents.WebApi.Logging;
using CleanStudents.WebApi.OpenApi;
using CleanStudents.WebApi.Security;
using CleanStudents.WebApi.Telemetry;

// No file watchers on appsettings*.json: a deployed app's files never change, and the watcher costs a
// cold start tens of milliseconds (more where it recurses through a large working directory).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

builder.Logging.AddJsonStdout();
builder.AddApiTracing();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
});
if (Environment.GetEnvironmentVariable("AWS_LWA_PORT") is { Length: > 0 } adapterPort)
{
    // Under the Lambda Web Adapter the app listens where the adapter forwards to.
    builder.WebHost.UseUrls($"http://127.0.0.1:{adapterPort}");
}

builder.Services.AddApplication();
builder.Services.AddOptions<PerformanceOptions>().BindConfiguration(PerformanceOptions.Section);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddCognitoAuthentication();
builder.Services.AddOriginVerification();
builder.Services.AddApiRateLimiting();
builder.Services.AddApiRequestTimeouts(builder.Configuration);
builder.Services.AddApiCors(builder.Configuration);

builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemResponses.Enrich);
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<DocumentInfoTransformer>();
    options.AddDocumentTransformer<BearerSecurityTransformer>();
    options.AddSchemaTransformer<RequestBodySchemaTransformer>();
    options.AddSchemaTransformer<ResponseSchemaTransformer>();
    options.AddSchemaTransformer<ProblemSchemaTransformer>();
    options.AddSchemaTransformer<WireTypesSchemaTransformer>();
    options.AddOperationTransformer<UseCaseOperationTransformer>();
    options.AddOperationTransformer<PlatformResponsesTransformer>();
});

var app = builder.Build();

app.UseMiddleware<LambdaRequestLogScopeMiddleware>();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<OriginVerifyMiddleware>();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseMiddleware<UserLogScopeMiddleware>();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapApiDocument();
app.MapHealth();
app.MapEvents();

var api = app.MapGroup("/api").RequireSignedIn();
api.MapMe();
api.MapStudents();
api.MapLecturers();
api.MapSubjects();
api.MapNotifications();
api.MapClasses();
api.MapEnrollments();
api.MapStudentRecords();
api.MapAvatars();
api.MapMaterials();
api.MapUseCaseRoutes();

app.Run();

/// <summary>The entry point, visible to the acceptance tests' host.</summary>
public partial class Program;
