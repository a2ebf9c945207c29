using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Files;
using CleanStudents.Application.Files.Commands.DeleteMaterial;
using CleanStudents.Application.Files.Commands.RequestMaterialUpload;
using CleanStudents.Application.Files.Queries.GetMaterialDownload;
using CleanStudents.Application.Files.Queries.ListMaterials;
using CleanStudents.WebApi.Contracts.Files;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>A class's materials: the bytes go straight to S3 through presigned forms and links, never through the API.</summary>
internal static class MaterialsEndpoints
{
    public static void MapMaterials(this RouteGroupBuilder api)
    {
        var materials = api.MapGroup("/classes/{id:guid}/materials").WithTags("Files");
        materials.MapGet("/", List).Lists<FileDto>("ListMaterials")
            .Runs<ListMaterialsQuery>("List a class's materials",
                "Paged (`page`, `pageSize`), newest first, whatever their `status`. 404 when the class does not exist.")
            .ProducesProblems(Status403Forbidden, Status404NotFound);
        materials.MapPost("/", RequestUpload).WithName("RequestMaterialUpload")
            .Runs<RequestMaterialUploadCommand>("Request a material upload",
                "Answers a presigned S3 POST form, as for an avatar. A class holds at most 200 materials (pending or available): one more is 409.")
            .Produces<FileUploadDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status409Conflict,
                Status413PayloadTooLarge, Status415UnsupportedMediaType);
        materials.MapGet("/{fileId:guid}", Download).WithName("GetMaterialDownload")
            .Runs<GetMaterialDownloadQuery>("Download a material",
                "Answers a presigned S3 GET, as for an avatar. 404 when the class has no such file; 409 unless it is `available`.")
            .Produces<FileDownload>()
            .ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict);
        materials.MapDelete("/{fileId:guid}", Delete).WithName("DeleteMaterial")
            .Runs<DeleteMaterialCommand>("Delete a material", "Removes the file; its S3 object is deleted right after. 404 when the class has no such file.")
            .Produces(Status204NoContent)
            .ProducesProblems(Status403Forbidden, Status404NotFound);
    }

    private static async Task<IResult> List(Guid id, ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize) =>
        (await sender.Send(new ListMaterialsQuery(id, page, pageSize), cancellationToken)).ToOk();

    private static async Task<IResult> RequestUpload(Guid id, MaterialUploadRequest body, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(id), cancellationToken)).ToCreated();

    private static async Task<IResult> Download(Guid id, Guid fileId, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetMaterialDownloadQuery(id, fileId), cancellationToken)).ToOk();

    private static async Task<IResult> Delete(Guid id, Guid fileId, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteMaterialCommand(id, fileId), cancellationToken)).ToNoContent();
}
