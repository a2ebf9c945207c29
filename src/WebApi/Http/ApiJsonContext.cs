using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CleanStudents.Application.Classes;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Enrollments;
using CleanStudents.Application.Enrollments.Queries.GetTranscript;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Files;
using CleanStudents.Application.Lecturers;
using CleanStudents.Application.Me.Queries.GetMe;
using CleanStudents.Application.Notifications;
using CleanStudents.Application.Notifications.Commands.SendNotification;
using CleanStudents.Application.Students;
using CleanStudents.Application.Subjects;
using CleanStudents.WebApi.Contracts.Classes;
using CleanStudents.WebApi.Contracts.Enrollments;
using CleanStudents.WebApi.Contracts.Files;
using CleanStudents.WebApi.Contracts.Lecturers;
using CleanStudents.WebApi.Contracts.Notifications;
using CleanStudents.WebApi.Contracts.Students;
using CleanStudents.WebApi.Contracts.Subjects;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// Serialization code generated at build time for every body the API reads and writes, so neither
/// start-up nor a request pays for reflection-built metadata. A test fails when an endpoint's body is
/// missing here (it would still work, through reflection, only slower).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(StudentDto))]
[JsonSerializable(typeof(PagedList<StudentDto>))]
[JsonSerializable(typeof(CreateStudentRequest))]
[JsonSerializable(typeof(UpdateStudentRequest))]
[JsonSerializable(typeof(LecturerDto))]
[JsonSerializable(typeof(PagedList<LecturerDto>))]
[JsonSerializable(typeof(CreateLecturerRequest))]
[JsonSerializable(typeof(UpdateLecturerRequest))]
[JsonSerializable(typeof(SubjectDto))]
[JsonSerializable(typeof(PagedList<SubjectDto>))]
[JsonSerializable(typeof(SubjectRequest))]
[JsonSerializable(typeof(ClassDto))]
[JsonSerializable(typeof(PagedList<ClassDto>))]
[JsonSerializable(typeof(ClassRequest))]
[JsonSerializable(typeof(EnrollmentDto))]
[JsonSerializable(typeof(IReadOnlyList<EnrollmentDto>))]
[JsonSerializable(typeof(EnrollStudentRequest))]
[JsonSerializable(typeof(SetScoreRequest))]
[JsonSerializable(typeof(TranscriptDto))]
[JsonSerializable(typeof(NotificationDto))]
[JsonSerializable(typeof(PagedList<NotificationDto>))]
[JsonSerializable(typeof(SendNotificationRequest))]
[JsonSerializable(typeof(SentNotificationDto))]
[JsonSerializable(typeof(MeDto))]
[JsonSerializable(typeof(FileUploadDto))]
[JsonSerializable(typeof(FileDownload))]
[JsonSerializable(typeof(AvatarUploadRequest))]
[JsonSerializable(typeof(PagedList<FileDto>))]
[JsonSerializable(typeof(MaterialUploadRequest))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
