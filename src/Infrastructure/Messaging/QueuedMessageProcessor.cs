using CleanStudents.Application.Common.Messaging;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Hands each message of a batch to its consumer use case, one scope (and database context) each, and reports the
/// ones that were not handled: SQS delivers those again and, after the last receive, moves them to the dead-letter
/// queue. The same code serves Lambda's event source mapping and the local poller.
/// </summary>
internal sealed class QueuedMessageProcessor
{
    // A batch is at most 10 messages; a few at a time keeps the connection pool (and Cognito) comfortable.
    private const int Parallelism = 4;

    private readonly IServiceScopeFactory _scopes;
    private readonly int _maxReceiveCount;
    private readonly ILogger<QueuedMessageProcessor> _logger;

    public QueuedMessageProcessor(IServiceScopeFactory scopes, IOptions<QueueOptions> options, ILogger<QueuedMessageProcessor> logger)
    {
        _scopes = scopes;
        _maxReceiveCount = options.Value.MaxReceiveCount;
        _logger = logger;
    }

    /// <summary>Returns the ids of the messages that were not handled.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(IReadOnlyList<ReceivedMessage> batch, CancellationToken cancellationToken)
    {
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (message, ct) =>
            {
                if (!await HandleAsync(message, ct))
                {
                    failed.Add(message.MessageId);
                }
            });
        return [.. failed];
    }

    private async Task<bool> HandleAsync(ReceivedMessage message, CancellationToken cancellationToken)
    {
        if (MessageCodec.Decode(message.Body, message.ReceiveCount >= _maxReceiveCount) is not { } request)
        {
            _logger.LogError("Queued message {MessageId} is not a message this app sends; it goes to the dead-letter queue", message.MessageId);
            return false;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, cancellationToken);
            return result.IsSuccess && result.Value == Delivery.Done;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure (a database restart, a concurrent change) is retried by the queue; the pipeline logged it.
            _logger.LogWarning(e, "Queued message {MessageId} failed (receive {ReceiveCount}); the queue delivers it again",
                message.MessageId, message.ReceiveCount);
            return false;
        }
    }
}
