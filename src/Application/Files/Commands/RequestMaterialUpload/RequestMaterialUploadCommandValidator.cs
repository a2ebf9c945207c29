namespace CleanStudents.Application.Files.Commands.RequestMaterialUpload;

internal sealed class RequestMaterialUploadCommandValidator()
    : UploadRequestValidator<RequestMaterialUploadCommand>(FileRules.MaterialTypes, FileRules.MaterialMaxSize);
