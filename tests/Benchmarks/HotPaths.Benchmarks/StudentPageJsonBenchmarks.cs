using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Students;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Students;
using CleanStudents.WebApi.Http;

namespace CleanStudents.HotPaths.Benchmarks;

/// <summary>
/// Writing one page of 20 students, the body of the busiest route: the app's configured
/// options against plain reflection-based System.Text.Json with the same naming and enums.
/// </summary>
[MemoryDiagnoser]
public class StudentPageJsonBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly JsonSerializerOptions _app = AppOptionsFor();
    private readonly MemoryStream _buffer = new();
    private PagedList<StudentDto> _page = null!;

    [GlobalSetup]
    public void Setup() => _page = new PagedList<StudentDto>(
        Enumerable.Range(1, 20).Select(i => new StudentDto(Guid.CreateVersion7(), $"S{i:D9}", "Ada", $"Kalomir{i}",
            $"Ada Kalomir{i}", $"ada.kalomir.{i}@example.edu", new DateOnly(2001, 2, 3), new DateOnly(2024, 9, 1),
            StudentStatus.Active, null, InvitationState.Sent)).ToList(), 1, 20, 1_000_000);

    [Benchmark(Baseline = true)]
    public long ReflectionOptions() => Write(Reflection);

    [Benchmark]
    public long AppOptions() => Write(_app);

    private static JsonSerializerOptions AppOptionsFor()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }

    private long Write(JsonSerializerOptions options)
    {
        _buffer.Position = 0;
        JsonSerializer.Serialize(_buffer, _page, options);
        return _buffer.Position;
    }
}
