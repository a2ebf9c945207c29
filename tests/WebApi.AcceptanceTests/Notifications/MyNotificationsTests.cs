using System.Net;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Notifications.NotificationRequests;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Notifications;

public sealed class MyNotificationsTests
{
    /// <summary>A new student with three notifications, sent oldest first; returns their ids in that order.</summary>
    private static async Task<(Persona Reader, long[] Ids)> StudentWithThreeNotificationsAsync()
    {
        var reader = await SignUpStudentAsync("reader");
        var ids = new long[3];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = (await SentAsync(Admin, "student", reader.StudentId, $"Notice {i}")).Id;
        }

        return (reader, ids);
    }

    private static JsonElement Item(JsonElement page, long id) =>
        page.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetInt64() == id);

    [Test]
    public async Task A_student_lists_their_notifications_newest_first_unread_with_utc_times()
    {
        var (reader, ids) = await StudentWithThreeNotificationsAsync();

        var page = await MineAsync(reader);

        Ids(page).Should().Equal(ids.Reverse());
        page.GetProperty("totalCount").GetInt32().Should().Be(3);
        var newest = page.GetProperty("items")[0];
        newest.GetProperty("title").GetString().Should().Be("Notice 2");
        newest.GetProperty("body").GetString().Should().NotBeNullOrEmpty();
        newest.GetProperty("senderName").GetString().Should().NotBeNullOrEmpty();
        newest.GetProperty("sentAt").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$");
        newest.GetProperty("readAt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task Pages_split_the_list_and_count_it_whole()
    {
        var (reader, ids) = await StudentWithThreeNotificationsAsync();

        var second = await MineAsync(reader, "?page=2&pageSize=2");

        Ids(second).Should().Equal(ids[0]);
        second.GetProperty("totalCount").GetInt32().Should().Be(3);
        second.GetProperty("totalPages").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Reading_one_marks_it_read_and_unread_only_leaves_it_out()
    {
        var (reader, ids) = await StudentWithThreeNotificationsAsync();

        using var response = await MarkReadAsync(reader, ids[1]);

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var unread = await MineAsync(reader, "?unreadOnly=true");
        Ids(unread).Should().Equal(ids[2], ids[0]);
        unread.GetProperty("totalCount").GetInt32().Should().Be(2);
        Item(await MineAsync(reader), ids[1]).GetProperty("readAt").GetString().Should().EndWith("Z");
    }

    [Test]
    public async Task Reading_twice_is_204_again_and_keeps_the_first_reading_time()
    {
        var (reader, ids) = await StudentWithThreeNotificationsAsync();
        (await MarkReadAsync(reader, ids[0])).Dispose();
        var firstReadAt = Item(await MineAsync(reader), ids[0]).GetProperty("readAt").GetString();

        using var again = await MarkReadAsync(reader, ids[0]);

        await again.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        Item(await MineAsync(reader), ids[0]).GetProperty("readAt").GetString().Should().Be(firstReadAt);
    }

    [Test]
    public async Task Another_students_notification_is_404_and_stays_unread()
    {
        var (owner, ids) = await StudentWithThreeNotificationsAsync();

        using var response = await MarkReadAsync(Student, ids[0]);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Item(await MineAsync(owner), ids[0]).GetProperty("readAt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("9223372036854775807")]
    [TestCase("not-a-number")]
    public async Task An_unknown_notification_is_404(string id)
    {
        using var response = await MarkReadAsync(Student, id);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("admin")]
    [TestCase("lecturer")]
    [TestCase("nogroup")]
    public async Task Users_without_a_student_record_have_an_empty_list_and_read_nothing(string who)
    {
        var persona = who switch { "admin" => Admin, "lecturer" => Lecturer, _ => NoGroup };
        var (_, ids) = await StudentWithThreeNotificationsAsync();

        var page = await MineAsync(persona);
        using var read = await MarkReadAsync(persona, ids[0]);

        page.GetProperty("items").GetArrayLength().Should().Be(0);
        page.GetProperty("totalCount").GetInt32().Should().Be(0);
        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("?pageSize=101", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task Out_of_range_paging_is_400(string query, string field)
    {
        using var client = As(Student);

        using var response = await client.GetAsync($"/api/me/notifications{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [Test]
    public async Task An_unparseable_unread_only_is_400()
    {
        using var client = As(Student);

        using var response = await client.GetAsync("/api/me/notifications?unreadOnly=maybe");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Without_a_token_listing_and_reading_are_401()
    {
        using var client = Anonymous();

        using var list = await client.GetAsync("/api/me/notifications");
        using var read = await MarkReadAsync(null, 1);

        await list.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await read.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
