using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;

namespace CleanStudents.Application.UnitTests.Architecture;

/// <summary>
/// Each layer its own things, checked on the compiled Application: no wire formats, no database internals, and
/// one way to page a list (docs/adr/0011-one-paging-path.md).
/// </summary>
public sealed class ApplicationRoomTests
{
    private static readonly ReferencedTypes Application = ReferencedTypes.Of(typeof(DependencyInjection).Assembly);

    [Test]
    public void The_check_reads_real_references() =>
        Application.Types.Should().Contain("FluentValidation.AbstractValidator`1").And.Contain("System.Linq.Queryable");

    [TestCase("System.Text.Json", "field names and JSON are the WebApi's business")]
    [TestCase("Microsoft.AspNetCore", "HTTP is the WebApi's business")]
    [TestCase("Npgsql", "the database driver is Infrastructure's")]
    [TestCase("Microsoft.EntityFrameworkCore.Infrastructure", "EF Core's internals are Infrastructure's")]
    [TestCase("Microsoft.EntityFrameworkCore.Query", "EF Core's internals are Infrastructure's")]
    public void The_application_uses_no_type_of(string ns, string because) =>
        Application.In(ns).Should().BeEmpty(because);

    [TestCase("Microsoft.EntityFrameworkCore.EF::Property", "shadow columns are mapped, and named, in Infrastructure")]
    [TestCase("Microsoft.EntityFrameworkCore.EF::get_Functions", "SQL functions are Infrastructure's")]
    [TestCase("Microsoft.EntityFrameworkCore.EF::CompileAsyncQuery", "compiled queries are a fast path behind the paging port")]
    [TestCase("System.Linq.Queryable::Skip", "lists page only through IListPages")]
    [TestCase("System.Linq.Queryable::Take", "lists page only through IListPages")]
    public void The_application_calls_no(string member, string because) =>
        Application.Members.Should().NotContain(member, because);

    [Test]
    public void Every_list_use_case_pages_through_the_port()
    {
        var listHandlers = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
                                                   && i.GetGenericArguments()[1].IsGenericType
                                                   && i.GetGenericArguments()[1].GetGenericTypeDefinition() == typeof(PagedList<>)))
            .ToList();

        listHandlers.Should().HaveCountGreaterThanOrEqualTo(5).And.OnlyContain(
            t => t.GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(IListPages)),
            "a list reads its pages from IListPages, so every list gets the same paging and the same fast paths");
    }
}
