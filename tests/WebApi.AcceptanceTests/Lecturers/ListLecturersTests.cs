using System.Net;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lecturers;

public sealed class ListLecturersTests
{
    [Test]
    public async Task An_admin_lists_lecturers_in_pages_with_totals()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        foreach (var i in Enumerable.Range(0, 5))
        {
            await CreateLecturerAsync(new { lastName = $"Page{tag}{i}" });
        }

        var page = await Requests.ListAsync($"/api/lecturers?search=Page{tag}&page=2&pageSize=2&sort=lastName");

        page.GetProperty("page").GetInt32().Should().Be(2);
        page.GetProperty("pageSize").GetInt32().Should().Be(2);
        page.GetProperty("totalCount").GetInt32().Should().Be(5);
        page.GetProperty("totalPages").GetInt32().Should().Be(3);
        page.Values("lastName").Should().Equal($"Page{tag}2", $"Page{tag}3");
    }

    [Test]
    public async Task Search_ignores_case_and_matches_names_emails_staff_numbers_and_departments()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var lecturer = await CreateLecturerAsync(new
        {
            lastName = $"Needle{tag}",
            email = $"findme.{tag}@accept.test",
            staffNumber = $"S-{tag.ToUpperInvariant()}",
            department = $"Dept{tag}",
        });
        var id = lecturer.GetProperty("id").GetString();

        foreach (var search in new[] { $"NEEDLE{tag.ToUpperInvariant()}", $"FINDME.{tag}", $"s-{tag}", $"dept{tag}" })
        {
            (await Requests.ListAsync($"/api/lecturers?search={search}")).Values("id").Should().Equal([id], search);
        }
    }

    /// <summary>Three lecturers whose order differs by every sort field, so each field is told apart.</summary>
    private static readonly (string Label, string LastName, string FirstName, string StaffNumber, string Email, string Department)[] SortRows =
    [
        ("X", "A", "A", "B", "b", "C"),
        ("Y", "B", "C", "A", "c", "A"),
        ("Z", "C", "B", "C", "a", "B"),
    ];

    [TestCase("lastName", "XYZ")]
    [TestCase("-lastName", "ZYX")]
    [TestCase("firstName", "XZY")]
    [TestCase("staffNumber", "YXZ")]
    [TestCase("email", "ZXY")]
    [TestCase("department", "YZX")]
    [TestCase("-department", "XZY")]
    public async Task Each_documented_field_sorts(string sort, string expected)
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        foreach (var row in SortRows)
        {
            await CreateLecturerAsync(new
            {
                lastName = $"{row.LastName}{tag}{row.Label}",
                firstName = $"{row.FirstName}{tag}",
                staffNumber = $"{row.StaffNumber}-{tag.ToUpperInvariant()}",
                email = $"{row.Email}.{tag}@accept.test",
                department = $"{row.Department}{tag}",
            });
        }

        var page = await Requests.ListAsync($"/api/lecturers?search={tag}&sort={sort}");

        string.Concat(page.Values("lastName").Select(name => name[^1])).Should().Be(expected);
    }

    [TestCase("?sort=userId", "sort")]
    [TestCase("?sort=fullName", "sort")]
    [TestCase("?pageSize=101", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task Out_of_range_list_parameters_are_400(string query, string field)
    {
        using var admin = As(Admin);

        using var response = await admin.GetAsync($"/api/lecturers{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }
}
