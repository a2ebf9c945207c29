using CleanStudents.Application.Files;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Files.Commands.DeleteAvatar;
using CleanStudents.Application.Files.Commands.RequestAvatarUpload;
using CleanStudents.Application.Files.Queries.GetAvatarDownload;
using CleanStudents.WebApi.Contracts.Files;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>A student's avatar: the bytes go straight to S3 through a presigned form, never through the API.</summary>
internal static class AvatarsEndpoints
{
    public static void MapAvatars(this RouteGroupBuilder api)
    {
        var avatar = api.MapGroup("/students/{id:guid}/avatar").WithTags("Files");
        avatar.MapPost("/", RequestUpload).WithName("RequestAvatarUpload")
            .Runs<RequestAvatarUploadCommand>("Request an avatar upload",
                "Answers a presigned S3 POST form (send its `fields`, then the file, to `url` before `expiresAt`) whose policy pins the key, the content type and a size of at most `size` bytes. The file stays `pending` until S3 has the bytes.")
            .Produces<FileUploadDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status413PayloadTooLarge,
                Status415UnsupportedMediaType);
        avatar.MapGet("/", Download).WithName("GetAvatarDownload")
            .Runs<GetAvatarDownloadQuery>("Download the avatar",
                "Answers a presigned S3 GET (`url`, valid until `expiresAt`) whose answer names the original file in `Content-Disposition`. 404 when the student has no avatar; 409 while its only upload is still `pending`.")
            .Produces<FileDownload>()
            .ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict);
        avatar.MapDelete("/", Delete).WithName("DeleteAvatar")
            .Runs<DeleteAvatarCommand>("Delete the avatar",
                "Removes the avatar and any upload of one still pending; S3's objects are deleted right after. 404 when the student has none.")
            .Produces(Status204NoContent)
            .ProducesProblems(Status403Forbidden, Status404NotFound);
    }

    private static async Task<IResult> RequestUpload(Guid id, AvatarUploadRequest body, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(id), cancellationToken)).ToCreated();

    private static async Task<IResult> Download(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetAvatarDownloadQuery(id), cancellationToken)).ToOk();

    private static async Task<IResult> Delete(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteAvatarCommand(id), cancellationToken)).ToNoContent();
}
