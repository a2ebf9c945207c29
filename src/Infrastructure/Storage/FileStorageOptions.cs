using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Storage;

/// <summary>The bucket that holds uploaded files (section <c>Files</c>).</summary>
internal sealed class FileStorageOptions
{
    public const string SectionName = "Files";

    [Required]
    public string? Bucket { get; set; }

    /// <summary>An emulator's endpoint (moto's server locally, addressed path-style); unset on AWS.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>How long an upload form stays valid: long enough to send 50 MiB on a slow line, short enough to be useless later.</summary>
    [Range(1, 60)]
    public int UploadFormMinutes { get; set; } = 10;

    /// <summary>How long a download link stays valid: enough to follow it, too short to pass it around.</summary>
    [Range(1, 60)]
    public int DownloadUrlMinutes { get; set; } = 5;
}

/// <summary>Checks <see cref="FileStorageOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class FileStorageOptionsValidator : IValidateOptions<FileStorageOptions>;
