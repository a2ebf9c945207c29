using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CleanStudents.Application.Classes;
using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Enrollments;
using CleanStudents.Application.Enrollments.Commands.EnrollStudent;
using CleanStudents.Application.Enrollments.Commands.SetScore;
using CleanStudents.Application.Enrollments.Queries.GetTranscript;
using CleanStudents.Application.Lecturers;
using CleanStudents.Application.Lecturers.Commands.CreateLecturer;
using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;
using CleanStudents.Application.Me.Queries.GetMe;
using CleanStudents.Application.Notifications;
using CleanStudents.Application.Notifications.Commands.SendNotification;
using CleanStudents.Application.Students;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Subjects;
using CleanStudents.Application.Subjects.Commands.CreateSubject;
using CleanStudents.Application.Subjects.Commands.UpdateSubject;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// Serialization code generated at build time for every body the API reads and writes, so neither
/// start-up nor a request pays for reflection-built metadata. A test fails when an endpoint's body is
/// missing here (it would still work, through reflection, only slower).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StudentDto))]
[JsonSerializable(typeof(PagedList<StudentDto>))]
[JsonSerializable(typeof(CreateStudentCommand))]
[JsonSerializable(typeof(UpdateStudentCommand))]
[JsonSerializable(typeof(LecturerDto))]
[JsonSerializable(typeof(PagedList<LecturerDto>))]
[JsonSerializable(typeof(CreateLecturerCommand))]
[JsonSerializable(typeof(UpdateLecturerCommand))]
[JsonSerializable(typeof(SubjectDto))]
[JsonSerializable(typeof(PagedList<SubjectDto>))]
[JsonSerializable(typeof(CreateSubjectCommand))]
[JsonSerializable(typeof(UpdateSubjectCommand))]
[JsonSerializable(typeof(ClassDto))]
[JsonSerializable(typeof(PagedList<ClassDto>))]
[JsonSerializable(typeof(CreateClassCommand))]
[JsonSerializable(typeof(UpdateClassCommand))]
[JsonSerializable(typeof(EnrollmentDto))]
[JsonSerializable(typeof(IReadOnlyList<EnrollmentDto>))]
[JsonSerializable(typeof(EnrollStudentCommand))]
[JsonSerializable(typeof(SetScoreCommand))]
[JsonSerializable(typeof(TranscriptDto))]
[JsonSerializable(typeof(NotificationDto))]
[JsonSerializable(typeof(PagedList<NotificationDto>))]
[JsonSerializable(typeof(SendNotificationCommand))]
[JsonSerializable(typeof(SentNotificationDto))]
[JsonSerializable(typeof(MeDto))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
