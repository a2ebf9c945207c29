using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Students;

public sealed class ListStudentsTests
{
    private static async Task<JsonElement> ListAsync(string query, Persona? who = null)
    {
        using var client = As(who ?? Admin);
        using var response = await client.GetAsync($"/api/students{query}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> LastNames(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("lastName").GetString()!);

    [Test]
    public async Task A_lecturer_lists_students_in_pages_with_totals()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        foreach (var i in Enumerable.Range(0, 5))
        {
            await CreateStudentAsync(new { lastName = $"Page{tag}{i}" });
        }

        var page = await ListAsync($"?search=Page{tag}&page=2&pageSize=2&sort=lastName", Lecturer);

        page.GetProperty("page").GetInt32().Should().Be(2);
        page.GetProperty("pageSize").GetInt32().Should().Be(2);
        page.GetProperty("totalCount").GetInt32().Should().Be(5);
        page.GetProperty("totalPages").GetInt32().Should().Be(3);
        LastNames(page).Should().Equal($"Page{tag}2", $"Page{tag}3");
    }

    [Test]
    public async Task A_short_last_page_and_a_page_past_the_end_report_the_same_exact_total()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        foreach (var i in Enumerable.Range(0, 5))
        {
            await CreateStudentAsync(new { lastName = $"Tail{tag}{i}" });
        }

        var whole = await ListAsync($"?search=Tail{tag}&pageSize=10");
        var last = await ListAsync($"?search=Tail{tag}&page=3&pageSize=2");
        var past = await ListAsync($"?search=Tail{tag}&page=4&pageSize=2");

        whole.GetProperty("totalCount").GetInt32().Should().Be(5);
        LastNames(last).Should().Equal($"Tail{tag}4");
        last.GetProperty("totalCount").GetInt32().Should().Be(5);
        last.GetProperty("totalPages").GetInt32().Should().Be(3);
        LastNames(past).Should().BeEmpty();
        past.GetProperty("totalCount").GetInt32().Should().Be(5);
    }

    [Test]
    public async Task Search_ignores_case_and_matches_names_emails_and_numbers()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var student = await CreateStudentAsync(new { lastName = $"Needle{tag}", email = $"findme.{tag}@accept.test" });

        (await ListAsync($"?search=NEEDLE{tag.ToUpperInvariant()}")).GetProperty("totalCount").GetInt32().Should().Be(1);
        (await ListAsync($"?search=FINDME.{tag}")).GetProperty("totalCount").GetInt32().Should().Be(1);
        (await ListAsync($"?search={student.GetProperty("studentNumber").GetString()!.ToLowerInvariant()}"))
            .GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(1);
    }

    [Test]
    public async Task Percent_and_underscore_in_a_search_match_only_themselves()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        await CreateStudentAsync(new { lastName = $"Lit{tag}_x" });
        await CreateStudentAsync(new { lastName = $"Lit{tag}ax" });

        var underscore = await ListAsync($"?search=Lit{tag}_");
        var percent = await ListAsync($"?search=Lit{tag}%25");

        LastNames(underscore).Should().Equal($"Lit{tag}_x");
        percent.GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task Status_filters_and_descending_sort_work_together()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        await CreateAbcGraduatingAAndCAsync($"Stat{tag}");

        var page = await ListAsync($"?search=Stat{tag}&status=Graduated&sort=-lastName");

        LastNames(page).Should().Equal($"Stat{tag}C", $"Stat{tag}A");
    }

    [Test]
    public async Task Without_a_search_status_sort_and_paging_apply_to_the_whole_list()
    {
        // No search: the compiled page query. "Zzzzzzzz" sorts these above every other graduate.
        var tag = Guid.NewGuid().ToString("N")[..12];
        await CreateAbcGraduatingAAndCAsync($"Zzzzzzzz{tag}");

        var all = await ListAsync("?status=Graduated&sort=-lastName&pageSize=100");
        var first = await ListAsync("?status=Graduated&sort=-lastName&page=1&pageSize=1");
        var second = await ListAsync("?status=Graduated&sort=-lastName&page=2&pageSize=1");

        all.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("status").GetString())
            .Should().OnlyContain(status => status == "Graduated");
        LastNames(all).Where(name => name.Contains(tag, StringComparison.Ordinal))
            .Should().Equal($"Zzzzzzzz{tag}C", $"Zzzzzzzz{tag}A");
        LastNames(first).Should().Equal($"Zzzzzzzz{tag}C");
        LastNames(second).Should().Equal($"Zzzzzzzz{tag}A");
        second.GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(2);
    }

    [TestCase("?sort=dateOfBirth", "sort")]
    [TestCase("?pageSize=101", "pageSize")]
    [TestCase("?pageSize=0", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task Out_of_range_list_parameters_are_400(string query, string field)
    {
        using var client = As(Admin);

        using var response = await client.GetAsync($"/api/students{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [TestCase("?page=abc")]
    [TestCase("?status=Expelled")]
    public async Task Unparseable_list_parameters_are_400(string query)
    {
        using var client = As(Admin);

        using var response = await client.GetAsync($"/api/students{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Students_and_users_in_no_group_may_not_list(string who)
    {
        using var client = As(who == "student" ? Student : NoGroup);

        using var response = await client.GetAsync("/api/students");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Students named <paramref name="lastName"/> + A, B and C; A and C graduated, B still active.</summary>
    private static async Task CreateAbcGraduatingAAndCAsync(string lastName)
    {
        var a = await CreateStudentAsync(new { lastName = $"{lastName}A" });
        await CreateStudentAsync(new { lastName = $"{lastName}B" });
        var c = await CreateStudentAsync(new { lastName = $"{lastName}C" });
        await SetStatusAsync(a, "Graduated");
        await SetStatusAsync(c, "Graduated");
    }

    private static async Task SetStatusAsync(JsonElement student, string status)
    {
        using var admin = As(Admin);
        using var response = await admin.PutAsJsonAsync($"/api/students/{student.GetProperty("id")}",
            StudentBodies.Update(student, new { status }));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
