using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Notifications.NotificationRequests;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Notifications;

/// <summary>
/// What the system tells people by itself, through the outbox and the work queue (API.md, "Notification"): the
/// lecturer of a class when a student enrolls or withdraws, a student when a score of theirs is set or changed.
/// </summary>
public sealed class SystemNotificationTests
{
    [Test]
    public async Task The_lecturer_is_told_when_a_student_enrolls_and_when_they_withdraw()
    {
        var (teacher, lecturerId) = await SignUpTeacherAsync();
        var @class = await CreateClassAsync(lecturerId: lecturerId);
        var code = @class.GetProperty("code").GetString()!;
        var student = await CreateStudentAsync(new { firstName = "Enid", lastName = "Rollins" });

        await EnrolledAsync(Admin, @class.Id(), student.Id());
        var enrolled = await SingleNotificationAsync(teacher, 1);
        using var admin = As(Admin);
        using (var withdrawn = await admin.DeleteAsync($"/api/classes/{@class.Id()}/enrollments/{student.Id()}"))
        {
            await withdrawn.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        }

        var both = await NotificationsAsync(teacher, 2);
        enrolled.GetProperty("title").GetString().Should().Contain("Enid Rollins").And.Contain(code).And.Contain("enrolled");
        enrolled.GetProperty("senderName").ValueKind.Should().Be(JsonValueKind.Null);
        both[0].GetProperty("title").GetString().Should().Contain("Enid Rollins").And.Contain(code).And.Contain("withdrew");
    }

    [Test]
    public async Task A_student_is_told_when_their_score_is_set_or_changed_and_not_when_it_is_set_again()
    {
        var reader = await SignUpStudentAsync("scored");
        var @class = await CreateClassAsync();
        var code = @class.GetProperty("code").GetString()!;
        await EnrolledAsync(Admin, @class.Id(), reader.StudentId!.Value);

        await GradeAsync(@class.Id(), reader.StudentId.Value, 8.75m);
        await SingleNotificationAsync(reader, 1);
        await GradeAsync(@class.Id(), reader.StudentId.Value, 8.75m);
        await GradeAsync(@class.Id(), reader.StudentId.Value, 6m);

        var both = await NotificationsAsync(reader, 2);
        both[1].GetProperty("body").GetString().Should().Contain(code).And.Contain("8.75 (A)");
        both[0].GetProperty("body").GetString().Should().Contain(code).And.Contain("6.00 (C)");
        both.Should().OnlyContain(n => n.GetProperty("senderName").ValueKind == JsonValueKind.Null);
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await MineAsync(reader)).GetProperty("totalCount").GetInt32().Should().Be(2, "setting the same score again tells nothing new");
    }

    [Test]
    public async Task A_lecturer_marks_a_system_notification_read()
    {
        var (teacher, lecturerId) = await SignUpTeacherAsync();
        var @class = await CreateClassAsync(lecturerId: lecturerId);
        await EnrollNewStudentAsync(@class.Id());
        var id = (await SingleNotificationAsync(teacher, 1)).GetProperty("id").GetInt64();

        using var read = await MarkReadAsync(teacher, id);

        await read.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await MineAsync(teacher, "?unreadOnly=true")).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task A_notification_delivered_twice_notifies_once()
    {
        var reader = await SignUpStudentAsync("duplicate");
        var @class = await CreateClassAsync();
        await EnrolledAsync(Admin, @class.Id(), reader.StudentId!.Value);
        var body = new JsonObject
        {
            ["type"] = "notification",
            ["key"] = Guid.NewGuid(),
            ["notice"] = "ScoreSet",
            ["classId"] = @class.Id(),
            ["studentId"] = reader.StudentId,
            ["score"] = 9.5m,
        }.ToJsonString();
        using var sqs = await Infrastructure.IntegrationTests.Support.TestQueue.ClientAsync();

        await sqs.SendMessageAsync(Host.Queue.Url, body);
        await sqs.SendMessageAsync(Host.Queue.Url, body);

        await SingleNotificationAsync(reader, 1);
        await Eventually.HoldsAsync(async () => await Infrastructure.IntegrationTests.Support.TestQueue.DepthAsync(Host.Queue.Url) == 0,
            "the poller took both deliveries");
        (await MineAsync(reader)).GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    /// <summary>Waits until the reader has <paramref name="count"/> notifications; returns the newest.</summary>
    private static async Task<JsonElement> SingleNotificationAsync(Persona reader, int count) =>
        (await NotificationsAsync(reader, count))[0];

    private static async Task<List<JsonElement>> NotificationsAsync(Persona reader, int count)
    {
        var items = new List<JsonElement>();
        await Eventually.HoldsAsync(async () =>
        {
            items = (await MineAsync(reader)).GetProperty("items").EnumerateArray().ToList();
            return items.Count >= count;
        }, $"{reader.Name} has {count} notifications");
        items.Should().HaveCount(count);
        return items;
    }
}
