using System.Globalization;
using System.Threading.Channels;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Sends outbox rows to the queue and deletes the rows the queue accepted. One loop sends: whatever commits arrive
/// while a send is in flight go together in the next <c>SendMessageBatch</c> (up to 10), so concurrent commits share
/// calls (four loops measured no better under load: the emulator's CPU is the limit). Another loop deletes what was sent, so a send never waits for a pooled connection (under load they are all
/// busy). Nothing here throws at a caller: a row that could not be sent stays in the table for the sweep.
/// </summary>
internal sealed class QueuePublisher : IAsyncDisposable
{
    private const int MaxBatch = 10;
    private const int MaxDelete = 500;

    private readonly IAmazonSQS _sqs;
    private readonly NpgsqlDataSource _database;
    private readonly QueueOptions _options;
    private readonly ILogger<QueuePublisher> _logger;
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new() { SingleReader = true });
    private readonly Channel<Guid> _sent = Channel.CreateUnbounded<Guid>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _sendLoop;
    private readonly Task _deleteLoop;

    public QueuePublisher(IAmazonSQS sqs, NpgsqlDataSource database, IOptions<QueueOptions> options, ILogger<QueuePublisher> logger)
    {
        _sqs = sqs;
        _database = database;
        _options = options.Value;
        _logger = logger;
        _sendLoop = Task.Run(SendLoopAsync);
        _deleteLoop = Task.Run(DeleteLoopAsync);
    }

    /// <summary>Waits (bounded by <see cref="QueueOptions.SendWaitSeconds"/>) until the queue accepted or refused each message.</summary>
    public async Task PublishAsync(IReadOnlyCollection<OutboxMessage> messages)
    {
        var sent = new List<Task>(messages.Count);
        foreach (var message in messages)
        {
            var outgoing = new Outgoing(message, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (_outgoing.Writer.TryWrite(outgoing))
            {
                sent.Add(outgoing.Done.Task);
            }
        }

        try
        {
            await Task.WhenAll(sent).WaitAsync(TimeSpan.FromSeconds(_options.SendWaitSeconds));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("The queue did not accept {Count} messages in time; the outbox sweep sends them", messages.Count);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        _sent.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _sendLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _deleteLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task SendLoopAsync()
    {
        var batch = new List<Outgoing>(MaxBatch);
        // Completing the channel (on disposal) ends the loop; what is still in it stays in the table for the sweep.
        while (await _outgoing.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _outgoing.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            foreach (var id in await SendAsync(batch))
            {
                _sent.Writer.TryWrite(id);
            }

            foreach (var outgoing in batch)
            {
                outgoing.Done.TrySetResult();
            }
        }
    }

    private async Task DeleteLoopAsync()
    {
        var sent = new List<Guid>(MaxDelete);
        while (await _sent.Reader.WaitToReadAsync(CancellationToken.None))
        {
            sent.Clear();
            while (sent.Count < MaxDelete && _sent.Reader.TryRead(out var id))
            {
                sent.Add(id);
            }

            await DeleteAsync(sent);
        }
    }

    private async Task<List<Guid>> SendAsync(List<Outgoing> batch)
    {
        try
        {
            var response = await _sqs.SendMessageBatchAsync(new SendMessageBatchRequest
            {
                QueueUrl = _options.Url,
                Entries = batch.Select((o, i) => new SendMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), o.Message.Body)).ToList(),
            }, _stopping.Token);
            foreach (var failed in response.Failed ?? [])
            {
                _logger.LogWarning("The queue refused an outbox message ({Code}: {Reason}); the sweep sends it again", failed.Code, failed.Message);
            }

            return (response.Successful ?? []).Select(s => batch[int.Parse(s.Id, CultureInfo.InvariantCulture)].Message.Id).ToList();
        }
        catch (Exception e)
        {
            // Whatever the failure (refusal, timeout, no connection), the rows stay for the sweep and the loop goes on.
            _logger.LogWarning(e, "Sending {Count} outbox messages failed; the sweep sends them", batch.Count);
            return [];
        }
    }

    private async Task DeleteAsync(List<Guid> sent)
    {
        try
        {
            await using var command = _database.CreateCommand("DELETE FROM outbox_messages WHERE id = ANY($1)");
            command.Parameters.Add(new NpgsqlParameter { Value = sent.ToArray() });
            await command.ExecuteNonQueryAsync(_stopping.Token);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            // Sent but still in the table: the sweep sends it again, and the consumers ignore the duplicate.
            _logger.LogWarning(e, "Deleting {Count} sent outbox rows failed", sent.Count);
        }
    }

    private sealed record Outgoing(OutboxMessage Message, TaskCompletionSource Done);
}
