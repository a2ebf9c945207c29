using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Subjects;

/// <summary>The catalogue: every signed-in user may list and read subjects.</summary>
public sealed class ReadSubjectsTests
{
    [TestCase("admin")]
    [TestCase("lecturer")]
    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Any_signed_in_user_reads_a_subject_with_an_etag(string who)
    {
        var created = await CreateSubjectAsync();
        using var client = As(Named(who));

        using var response = await client.GetAsync($"/api/subjects/{created.GetProperty("id")}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().MatchRegex("^\"[0-9]+\"$");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText().Should().Be(created.GetRawText());
    }

    [TestCase("admin")]
    [TestCase("lecturer")]
    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Any_signed_in_user_lists_subjects_in_pages(string who)
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        foreach (var i in Enumerable.Range(0, 3))
        {
            await CreateSubjectAsync(new { name = $"Page{tag}{i}" });
        }

        var page = await Requests.ListAsync($"/api/subjects?search=page{tag}&page=2&pageSize=2&sort=name", Named(who));

        page.GetProperty("totalCount").GetInt32().Should().Be(3);
        page.GetProperty("totalPages").GetInt32().Should().Be(2);
        page.Values("name").Should().Equal($"Page{tag}2");
    }

    [Test]
    public async Task Search_ignores_case_and_matches_codes_and_names()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var subject = await CreateSubjectAsync(new { name = $"Needle {tag}" });
        var id = subject.GetProperty("id").GetString();

        (await Requests.ListAsync($"/api/subjects?search=NEEDLE {tag.ToUpperInvariant()}")).Values("id").Should().Equal(id);
        (await Requests.ListAsync($"/api/subjects?search={subject.GetProperty("code").GetString()!.ToLowerInvariant()}"))
            .Values("id").Should().Equal(id);
    }

    /// <summary>Three subjects whose order differs by every sort field, so each field is told apart.</summary>
    private static readonly (string Label, string Code, string Name, int Credits)[] SortRows =
    [
        ("X", "A10", "B", 3),
        ("Y", "B11", "C", 1),
        ("Z", "C12", "A", 2),
    ];

    [TestCase("code", "XYZ")]
    [TestCase("-code", "ZYX")]
    [TestCase("name", "ZXY")]
    [TestCase("credits", "YZX")]
    [TestCase("-credits", "XZY")]
    public async Task Each_documented_field_sorts(string sort, string expected)
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var stem = SubjectBodies.UniqueCode()[..4];
        foreach (var row in SortRows)
        {
            await CreateSubjectAsync(new { code = stem + row.Code, name = $"{row.Name} {tag} {row.Label}", credits = row.Credits });
        }

        var page = await Requests.ListAsync($"/api/subjects?search={tag}&sort={sort}");

        string.Concat(page.Values("name").Select(name => name[^1])).Should().Be(expected);
    }

    [TestCase("?sort=description", "sort")]
    [TestCase("?sort=id", "sort")]
    [TestCase("?pageSize=0", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task Out_of_range_list_parameters_are_400(string query, string field)
    {
        using var client = As(Student);

        using var response = await client.GetAsync($"/api/subjects{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }
}
