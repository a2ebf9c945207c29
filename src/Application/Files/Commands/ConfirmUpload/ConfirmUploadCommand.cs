using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.ConfirmUpload;

/// <summary>
/// The upload consumer: S3 announced that objects were created under these keys (an object-created event through
/// the work queue), so the files they belong to can be judged. Never sent over HTTP. S3's test event names no key.
/// </summary>
[AllowAnonymous]
public sealed record ConfirmUploadCommand(IReadOnlyList<string> Keys, bool IsLastAttempt) : IConsumerRequest;
