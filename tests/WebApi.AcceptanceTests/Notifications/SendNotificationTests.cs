using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Notifications.NotificationRequests;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Notifications;

public sealed class SendNotificationTests
{
    private static Persona _teacher = null!;
    private static Guid _taughtClass;
    private static Guid _otherClass;
    private static Persona _inTaughtClass = null!;
    private static Persona _inOtherClass = null!;

    /// <summary>A lecturer with a class of two students, and another lecturer's class with one.</summary>
    [OneTimeSetUp]
    public async Task SetUpSchoolAsync()
    {
        _teacher = await SignUpLecturerAsync("teacher");
        _taughtClass = (await Teaching.CreateClassAsync(lecturerId: _teacher.LecturerId)).Id();
        _otherClass = (await Teaching.CreateClassAsync(lecturerId: await Teaching.LecturerIdAsync())).Id();
        _inTaughtClass = await SignUpStudentAsync("taught");
        _inOtherClass = await SignUpStudentAsync("elsewhere");
        await Teaching.EnrolledAsync(Admin, _taughtClass, _inTaughtClass.StudentId!.Value);
        await Teaching.EnrolledAsync(Admin, _taughtClass, Student.StudentId!.Value);
        await Teaching.EnrolledAsync(Admin, _otherClass, _inOtherClass.StudentId!.Value);
    }

    [Test]
    public async Task An_admin_notifies_a_class_its_enrolled_students_receive_it_and_no_location_is_given()
    {
        using var response = await SendAsync(Admin, Body("class", _otherClass, "For the other class"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.Location.Should().BeNull();
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>();
        sent.GetProperty("recipientCount").GetInt32().Should().Be(1);
        Ids(await MineAsync(_inOtherClass)).Should().Contain(sent.GetProperty("id").GetInt64());
        Ids(await MineAsync(_inTaughtClass)).Should().NotContain(sent.GetProperty("id").GetInt64());
    }

    [Test]
    public async Task An_admin_notifies_one_student_and_signs_with_their_email_or_as_administrator()
    {
        var (id, recipientCount) = await SentAsync(Admin, "student", _inOtherClass.StudentId);

        recipientCount.Should().Be(1);
        var received = (await MineAsync(_inOtherClass)).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("id").GetInt64() == id);
        received.GetProperty("senderName").GetString().Should().Be(await AdminEmailAsync() ?? "Administrator");
    }

    [Test]
    public async Task An_admin_notifies_every_student()
    {
        var students = (long)(await ScalarAsync("SELECT count(*) FROM students"))!;

        var (id, recipientCount) = await SentAsync(Admin, "all", null);

        recipientCount.Should().Be((int)students);
        (await ScalarAsync("SELECT count(*) FROM notification_recipients WHERE notification_id = $1", id)).Should().Be(students);
        Ids(await MineAsync(Student)).Should().Contain(id);
    }

    [Test]
    public async Task A_lecturer_notifies_a_class_they_teach_signed_with_their_name()
    {
        var (id, recipientCount) = await SentAsync(_teacher, "class", _taughtClass);

        recipientCount.Should().Be(2);
        var received = (await MineAsync(_inTaughtClass)).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("id").GetInt64() == id);
        received.GetProperty("senderName").GetString().Should().MatchRegex("^Test Lecturer[0-9a-f]{10}$");
    }

    [Test]
    public async Task A_lecturer_notifies_a_student_enrolled_in_a_class_they_teach()
    {
        var (id, recipientCount) = await SentAsync(_teacher, "student", _inTaughtClass.StudentId);

        recipientCount.Should().Be(1);
        Ids(await MineAsync(_inTaughtClass)).Should().Contain(id);
    }

    [TestCase("a class they do not teach")]
    [TestCase("a student outside their classes")]
    [TestCase("every student")]
    [TestCase("anything without a lecturer record")]
    public async Task A_lecturer_may_not_notify(string whom)
    {
        var (sender, body) = whom switch
        {
            "a class they do not teach" => (_teacher, Body("class", _otherClass)),
            "a student outside their classes" => (_teacher, Body("student", _inOtherClass.StudentId)),
            "every student" => (_teacher, Body("all", null)),
            _ => (Lecturer, Body("class", _taughtClass)),
        };

        using var response = await SendAsync(sender, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_refused_notification_reaches_nobody()
    {
        var title = $"Refused {Guid.NewGuid():N}";
        using var response = await SendAsync(_teacher, Body("class", _otherClass, title));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await ScalarAsync("SELECT count(*) FROM notifications WHERE title = $1", title)).Should().Be(0L);
    }

    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Students_and_users_in_no_group_may_not_send(string who)
    {
        using var response = await SendAsync(who == "student" ? Student : NoGroup, Body("all", null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Without_a_token_sending_is_401()
    {
        using var response = await SendAsync(null, Body("all", null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("class")]
    [TestCase("student")]
    public async Task An_unknown_class_or_student_is_400_on_the_target_id(string type)
    {
        using var response = await SendAsync(Admin, Body(type, Guid.NewGuid()));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("target.id");
    }

    [TestCase("{\"title\":\" \",\"body\":\"b\",\"target\":{\"type\":\"all\"}}", "title")]
    [TestCase("{\"title\":\"t\",\"body\":\"\",\"target\":{\"type\":\"all\"}}", "body")]
    [TestCase("{\"title\":\"t\",\"body\":\"b\"}", "target")]
    [TestCase("{\"title\":\"t\",\"body\":\"b\",\"target\":{\"type\":\"everyone\"}}", "target.type")]
    [TestCase("{\"title\":\"t\",\"body\":\"b\",\"target\":{\"type\":\"class\"}}", "target.id")]
    [TestCase("{\"title\":\"t\",\"body\":\"b\",\"target\":{\"type\":\"all\",\"id\":\"0198c2a4-7b1e-7c3d-9f00-000000000001\"}}", "target.id")]
    public async Task Invalid_fields_are_400_naming_the_field(string json, string field)
    {
        using var client = As(Admin);

        using var response = await client.PostAsync("/api/notifications",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [Test]
    public async Task A_body_of_4001_characters_is_400()
    {
        using var response = await SendAsync(Admin, new { title = "t", body = new string('b', 4001), target = new { type = "all" } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("body");
    }

    [Test]
    public async Task A_target_id_that_is_not_a_uuid_is_400()
    {
        using var response = await SendAsync(Admin, new { title = "t", body = "b", target = new { type = "class", id = "42" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<string?> AdminEmailAsync()
    {
        using var client = As(Admin);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        return me.GetProperty("email").GetString();
    }
}
