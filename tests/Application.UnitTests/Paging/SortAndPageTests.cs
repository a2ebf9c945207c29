using System.Linq.Expressions;
using CleanStudents.Application.Common.Paging;

namespace CleanStudents.Application.UnitTests.Paging;

public sealed class SortAndPageTests
{
    private sealed record Row(Guid Id, string Name, int Age);

    private static readonly SortOrder<Row> Order = new("name",
        new Dictionary<string, Expression<Func<Row, object>>> { ["name"] = r => r.Name, ["age"] = r => r.Age }, r => r.Id);

    [Test]
    public void Each_listed_field_sorts_ascending_or_descending_and_nothing_else_does() =>
        Order.Specs.Should().Equal("name", "age", "-name", "-age");

    [Test]
    public void Sorting_is_stable_by_id_within_equal_keys()
    {
        var a = new Row(Guid.Parse("00000000-0000-0000-0000-000000000001"), "Same", 30);
        var b = new Row(Guid.Parse("00000000-0000-0000-0000-000000000002"), "Same", 20);
        var c = new Row(Guid.Parse("00000000-0000-0000-0000-000000000003"), "Abe", 40);
        var rows = new[] { b, c, a }.AsQueryable();

        Order.Apply(rows, null).Should().Equal(c, a, b);
        Order.Apply(rows, "-age").Should().Equal(c, a, b);
        Order.Apply(rows, "age").Should().Equal(b, a, c);
    }

    [Test]
    public void Total_pages_round_up()
    {
        new PagedList<int>([], 1, 20, 41).TotalPages.Should().Be(3);
        new PagedList<int>([], 1, 20, 0).TotalPages.Should().Be(0);
    }
}
