namespace CleanStudents.Application.Files.Commands.RequestAvatarUpload;

internal sealed class RequestAvatarUploadCommandValidator()
    : UploadRequestValidator<RequestAvatarUploadCommand>(FileRules.AvatarTypes, FileRules.AvatarMaxSize);
