using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>
/// Calls AWS JSON-protocol (1.1) operations: <c>POST /</c> with <c>X-Amz-Target</c>, SigV4-signed, retried on
/// throttling and server errors; error answers become <see cref="AwsServiceException"/>.
/// </summary>
internal sealed class AwsJsonClient
{
    public const string HttpClientName = "aws-json";

    private const string ContentType = "application/x-amz-json-1.1";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _pipeline;

    public AwsJsonClient(
        IHttpClientFactory httpClientFactory,
        IOptions<AwsClientOptions> options,
        TimeProvider timeProvider,
        ILogger<AwsJsonClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _pipeline = AwsRetryPipeline.Build(options.Value, timeProvider, logger);
    }

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        AwsService service,
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        var body = await InvokeAsync(
            service, operation, JsonSerializer.SerializeToUtf8Bytes(request, requestType), cancellationToken);
        return JsonSerializer.Deserialize(body, responseType)
            ?? throw new JsonException($"{service.TargetPrefix}.{operation} answered with an empty body.");
    }

    /// <summary>For operations whose answer carries nothing of interest.</summary>
    public Task SendAsync<TRequest>(
        AwsService service,
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        CancellationToken cancellationToken) =>
        InvokeAsync(service, operation, JsonSerializer.SerializeToUtf8Bytes(request, requestType), cancellationToken);

    /// <summary>One operation with a raw JSON body; returns the raw JSON answer.</summary>
    public async Task<byte[]> InvokeAsync(
        AwsService service, string operation, byte[] body, CancellationToken cancellationToken)
    {
        using var activity = AwsTracing.Start(service, operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                async token => await SendOnceAsync(service, operation, body, token), cancellationToken);
        }
        catch (Exception failure) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.Message);
            throw;
        }
    }

    private async Task<byte[]> SendOnceAsync(
        AwsService service, string operation, byte[] body, CancellationToken cancellationToken)
    {
        // A new message and signature per attempt: the date and credentials may have moved on.
        using var request = await CreateSignedRequestAsync(service, operation, body, cancellationToken);
        using var response = await _httpClientFactory.CreateClient(HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return content;
        }

        var errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First() : null;
        throw AwsErrorParser.Parse(response.StatusCode, errorType, content);
    }

    private async Task<HttpRequestMessage> CreateSignedRequestAsync(
        AwsService service, string operation, byte[] body, CancellationToken cancellationToken)
    {
        var credentials = await service.Credentials.GetAsync(cancellationToken);
        var signedAt = _timeProvider.GetUtcNow();

        // Host and Content-Type are signed but set by HttpClient and the content; the rest are added below.
        var amzHeaders = new List<KeyValuePair<string, string>>
        {
            new("X-Amz-Date", SigV4Signer.FormatAmzDate(signedAt)),
            new("X-Amz-Target", $"{service.TargetPrefix}.{operation}"),
        };
        if (credentials.SessionToken is { } token)
        {
            amzHeaders.Add(new("X-Amz-Security-Token", token));
        }

        var signature = SigV4Signer.Sign(
            new SigV4Request(
                "POST",
                service.Endpoint.AbsolutePath,
                string.Empty,
                [new("Content-Type", ContentType), new("Host", service.Endpoint.Authority), .. amzHeaders],
                body),
            credentials,
            service.Region,
            service.SigningName,
            signedAt);

        var request = new HttpRequestMessage(HttpMethod.Post, service.Endpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(ContentType) } },
        };
        foreach (var (name, value) in amzHeaders)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        return request;
    }
}
