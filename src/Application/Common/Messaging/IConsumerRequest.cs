using CleanStudents.Application.Common.Mediator;

namespace CleanStudents.Application.Common.Messaging;

/// <summary>
/// A use case that handles one queued message. Not a command: it may call another service (Cognito), which never
/// happens inside a transaction, so it saves its own changes.
/// </summary>
public interface IConsumerRequest : IRequest<Delivery>
{
    /// <summary>True on the queue's last receive: a consumer that fails now records that it gave up.</summary>
    bool IsLastAttempt { get; }
}
