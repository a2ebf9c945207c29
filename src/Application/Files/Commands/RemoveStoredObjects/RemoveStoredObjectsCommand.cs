using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.RemoveStoredObjects;

/// <summary>The consumer of a <see cref="StoredObjectsRemovalMessage"/>: removes the objects. Sent by the queue, never over HTTP.</summary>
[AllowAnonymous]
public sealed record RemoveStoredObjectsCommand(IReadOnlyList<string> Keys, bool IsLastAttempt) : IConsumerRequest;
