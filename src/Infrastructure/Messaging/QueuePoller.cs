using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Locally (Kestrel, tests) what Lambda's event source mapping does on AWS: long-polls the queue, hands each batch to
/// the <see cref="QueuedMessageProcessor"/> and deletes what was handled. What failed becomes visible again after the
/// queue's visibility timeout and is dead-lettered after its last receive. Not registered on Lambda.
/// </summary>
internal sealed class QueuePoller([FromKeyedServices(QueuePoller.ClientKey)] IAmazonSQS sqs, QueuedMessageProcessor processor,
    IOptions<QueueOptions> options, ILogger<QueuePoller> logger) : BackgroundService
{
    public const string ClientKey = "long-poll";
    public const int LongPollSeconds = 20;

    // Two receivers, so one batch waiting on Cognito does not hold back the next.
    private const int Receivers = 2;
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Receivers).Select(_ => ReceiveLoopAsync(stoppingToken)));

    private async Task ReceiveLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong (the emulator restarting, a timeout, the database), polling goes on: a message
                // not deleted comes back after its visibility timeout.
                logger.LogWarning(e, "Polling the queue failed; trying again");
                await Task.Delay(PauseAfterFailure, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task PollOnceAsync(CancellationToken stoppingToken)
    {
        var queueUrl = options.Value.Url;
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = queueUrl,
            MaxNumberOfMessages = 10,
            WaitTimeSeconds = LongPollSeconds,
            MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        }, stoppingToken);
        if (received.Messages is not { Count: > 0 } messages)
        {
            return;
        }

        var batch = messages.Select(m => new ReceivedMessage(m.MessageId, m.Body, ReceiveCountOf(m))).ToList();
        var failed = (await processor.ProcessAsync(batch, stoppingToken)).ToHashSet(StringComparer.Ordinal);
        var done = messages.Where(m => !failed.Contains(m.MessageId)).ToList();
        if (done.Count > 0)
        {
            await sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
            {
                QueueUrl = queueUrl,
                Entries = done.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), m.ReceiptHandle)).ToList(),
            }, stoppingToken);
        }
    }

    private static int ReceiveCountOf(Message message) =>
        message.Attributes?.TryGetValue("ApproximateReceiveCount", out var count) == true
            && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : 1;
}
