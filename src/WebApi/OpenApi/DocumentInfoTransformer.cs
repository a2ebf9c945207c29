using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// The document's own description, and no <c>servers</c>: the same document serves every stage and
/// laptop (and is committed as docs/openapi.json), so a client supplies its base URL.
/// </summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [];
        document.Info = new OpenApiInfo
        {
            Title = "CleanStudents API",
            Version = "v1",
            Description = "Students, lecturers, subjects, classes, enrollments, transcripts and notifications. " +
                "Send a Cognito access token as `Authorization: Bearer …` (an ID token is refused). " +
                "Errors are RFC 9457 problems (`application/problem+json`); a 400 names each invalid field in `errors`. " +
                "Lists take `page` (1–1,000,000) and `pageSize` (1–100). Single resources carry an `ETag`; send it back as " +
                "`If-Match` to update or delete safely. Every `POST` accepts an `Idempotency-Key`.",
        };
        return Task.CompletedTask;
    }
}
