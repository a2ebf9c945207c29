using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Files.Commands.RemoveStoredObjects;

/// <remarks>Removing an object that is already gone succeeds, so a duplicate delivery is harmless.</remarks>
internal sealed class RemoveStoredObjectsCommandHandler(IFileStorage storage) : IRequestHandler<RemoveStoredObjectsCommand, Delivery>
{
    public async ValueTask<Result<Delivery>> Handle(RemoveStoredObjectsCommand command, CancellationToken cancellationToken)
    {
        foreach (var key in command.Keys)
        {
            await storage.DeleteAsync(key, cancellationToken);
        }

        return Delivery.Done;
    }
}
