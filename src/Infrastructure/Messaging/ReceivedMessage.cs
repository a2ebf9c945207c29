namespace CleanStudents.Infrastructure.Messaging;

/// <summary>One delivery of a queued message, from the local poller or from Lambda's SQS event.</summary>
/// <param name="ReceiveCount">SQS's <c>ApproximateReceiveCount</c>: 1 on the first delivery.</param>
public sealed record ReceivedMessage(string MessageId, string Body, int ReceiveCount);
