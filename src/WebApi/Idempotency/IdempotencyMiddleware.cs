using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Security;
using CleanStudents.WebApi.Errors;

namespace CleanStudents.WebApi.Idempotency;

/// <summary>
/// API.md's <c>Idempotency-Key</c> for every POST of a signed-in caller: the first response to a
/// key is stored in the same transaction as the request's writes and replayed for the same
/// request; the same key with another request is 422. See docs/adr/0301-idempotency-keys.md.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    private const int MaxKeyLength = 255;

    /// <summary><see cref="IsValidKey"/> as a regular expression, for the API's documentation.</summary>
    public const string KeyPattern = "^[!-~]{1,255}$";

    // Only the HttpContext in the signature: services in it make UseMiddleware compile an expression at start-up.
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(HeaderName, out var values)
            || context.RequestServices.GetRequiredService<ICurrentUser>().UserId is not { } caller)
        {
            await next(context);
            return;
        }

        if (values.Count != 1 || !IsValidKey(values[0]))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key",
                $"Send one {HeaderName} of 1-{MaxKeyLength} visible ASCII characters.");
            return;
        }

        var store = context.RequestServices.GetRequiredService<IIdempotencyStore>();
        var request = new IdempotencyRequest(caller, values[0]!, await FingerprintAsync(context.Request, context.RequestAborted));
        var outcome = await store.ClaimAsync(request, context.RequestAborted);
        switch (outcome.Kind)
        {
            case IdempotencyOutcomeKind.Claimed:
                await RunAndStoreAsync(context, store, request);
                break;
            case IdempotencyOutcomeKind.Replay:
                await ReplayAsync(context, outcome.Response!);
                break;
            case IdempotencyOutcomeKind.Mismatch:
                await ProblemResponses.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                    $"This {HeaderName} was already used with a different request. Use a new key for a new request.");
                break;
            default:
                context.Response.Headers.RetryAfter = "1";
                await ProblemResponses.WriteAsync(context, StatusCodes.Status409Conflict, "Request in progress",
                    $"A request with this {HeaderName} is still being processed. Retry shortly to get its response.");
                break;
        }
    }

    private async Task RunAndStoreAsync(HttpContext context, IIdempotencyStore store, IdempotencyRequest request)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await store.AbandonAsync();
            throw;
        }
        finally
        {
            response.Body = original;
        }

        // A server-side failure is not an answer to the request: the key stays free for a retry.
        if (response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await store.AbandonAsync();
        }
        else
        {
            try
            {
                await store.CompleteAsync(request, new StoredResponse(response.StatusCode, response.ContentType,
                    response.Headers.Location, response.Headers.ETag, buffer.ToArray()), context.RequestAborted);
            }
            catch
            {
                // The commit failed: the writes are gone with it, so the client must not see a success.
                await store.AbandonAsync();
                throw;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }

        response.Headers[ReplayedHeaderName] = "true";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is > ' ' and <= '~');

    /// <summary>SHA-256 over method, path, query and body: "the same request" in API.md's sense.</summary>
    private static async Task<byte[]> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{request.Method}\n{request.Path}{request.QueryString}\n")));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
