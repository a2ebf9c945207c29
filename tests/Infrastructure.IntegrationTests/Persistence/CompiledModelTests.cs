using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Infrastructure.Persistence.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The app runs on the generated compiled model (Persistence/CompiledModel, for start-up time),
/// which EF Core does not check against the configuration: this test does. When it fails,
/// regenerate it with build/add-migration.sh (or build/optimize-model.sh when no migration is due).
/// </summary>
[TestFixture]
public sealed class CompiledModelTests
{
    [Test]
    public void The_compiled_model_matches_the_entity_configuration()
    {
        using var db = new ApplicationDbContext(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        var compiled = db.Model;
        var configured = db.GetService<IDesignTimeModel>().Model;

        compiled.Should().BeOfType<ApplicationDbContextModel>("the app should find the compiled model by itself");
        Describe(compiled).Should().Be(Describe(configured),
            "the compiled model is stale: run build/optimize-model.sh and commit Persistence/CompiledModel");
    }

    /// <summary>What reads and writes depend on: tables, columns, keys, indexes, foreign keys, property mappings.</summary>
    private static string Describe(IModel model)
    {
        var tables = model.GetRelationalModel().Tables.OrderBy(t => t.Name).SelectMany(t =>
            t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}")
                .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({Names(i.Columns)}){(i.IsUnique ? " unique" : "")}"))
                .Concat(t.UniqueConstraints.Select(u => $"{t.Name} key {u.Name} ({Names(u.Columns)})"))
                .Concat(t.ForeignKeyConstraints.Select(f =>
                    $"{t.Name} fk {f.Name} ({Names(f.Columns)}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}")));
        var properties = model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(e => e.GetProperties().Select(p =>
            $"{e.Name}.{p.Name} {p.ClrType.Name} {p.GetColumnName()} {p.ValueGenerated} concurrency={p.IsConcurrencyToken}"));
        return string.Join(Environment.NewLine, tables.Concat(properties));
    }

    private static string Names(IEnumerable<IColumnBase> columns) => string.Join(", ", columns.Select(c => c.Name));
}
