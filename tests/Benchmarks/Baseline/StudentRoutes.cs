using System.Globalization;
using Amazon.SQS;
using Npgsql;

namespace CleanStudents.Benchmarks.Baseline;

/// <summary>The three routes, each one hand-written SQL statement (or two) over a pooled connection.</summary>
internal static class StudentRoutes
{
    private const int MaxPageSize = 100;

    private const string Columns =
        "id, student_number, first_name, last_name, first_name || ' ' || last_name, email, date_of_birth, enrolled_on, status, user_id";

    public static async Task<IResult> List(NpgsqlDataSource db, int? page, int? pageSize, string? search,
        CancellationToken cancellationToken)
    {
        var pageNumber = page ?? 1;
        var size = pageSize ?? 20;
        if (pageNumber < 1 || size is < 1 or > MaxPageSize)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad paging");
        }

        var pattern = string.IsNullOrWhiteSpace(search) ? null : LikeContains(search);
        var where = pattern is null ? "" : @" WHERE search_text LIKE @pattern ESCAPE '\'";
        var skipped = (pageNumber - 1) * size;
        // As the app: a search within the first 100 matches reads up to 101 of them in one statement.
        var searchHead = pattern is not null && skipped + size <= MaxPageSize;
        await using var connection = await db.OpenConnectionAsync(cancellationToken);

        var rows = new List<StudentJson>(searchHead ? MaxPageSize + 1 : size);
        await using (var select = new NpgsqlCommand(
                         $"SELECT {Columns} FROM students{where} ORDER BY last_name, id LIMIT @take OFFSET @skip", connection))
        {
            AddPattern(select, pattern);
            select.Parameters.AddWithValue("take", searchHead ? MaxPageSize + 1 : size);
            select.Parameters.AddWithValue("skip", searchHead ? 0 : skipped);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(ReadStudent(reader));
            }
        }

        var items = searchHead ? rows.Skip(skipped).Take(size).ToList() : rows;
        var total = searchHead && rows.Count <= MaxPageSize ? rows.Count
            : !searchHead && items.Count < size && (items.Count > 0 || pageNumber == 1) ? skipped + items.Count
            : await CountAsync(connection, where, pattern, cancellationToken);
        return Results.Ok(new StudentPage(items, pageNumber, size, total, (total + size - 1) / size));
    }

    /// <summary>The app's counting: the trigger-kept counters, or count(*) of the matches of a search.</summary>
    private static async Task<int> CountAsync(NpgsqlConnection connection, string where, string? pattern,
        CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand(pattern is null
            ? "SELECT coalesce(sum(count), 0)::int FROM student_counts"
            : $"SELECT count(*)::int FROM students{where}", connection);
        AddPattern(count, pattern);
        return (int)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<IResult> Get(Guid id, NpgsqlDataSource db, HttpContext http, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand($"SELECT {Columns}, xmin FROM students WHERE id = @id LIMIT 1");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found");
        }

        SetETag(http, reader.GetFieldValue<uint>(10));
        return Results.Ok(ReadStudent(reader));
    }

    public static async Task<IResult> Create(CreateStudentBody body, NpgsqlDataSource db, IAmazonSQS sqs, WorkQueue queue,
        HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.FirstName) || string.IsNullOrWhiteSpace(body.LastName)
            || body.Email is not { Length: > 2 and <= 254 } email || !email.Contains('@', StringComparison.Ordinal)
            || body.DateOfBirth is not { } dateOfBirth)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid student");
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var enrolledOn = body.EnrolledOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        var student = new StudentJson(id,
            body.StudentNumber ?? $"S{enrolledOn.Year}-{id.ToString("N")[^8..].ToUpperInvariant()}",
            body.FirstName.Trim(), body.LastName.Trim(), $"{body.FirstName.Trim()} {body.LastName.Trim()}",
            email.Trim().ToLowerInvariant(), dateOfBirth, enrolledOn, "Active", null);

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            "INSERT INTO students (id, date_of_birth, email, enrolled_on, first_name, last_name, status, student_number, user_id) "
            + "VALUES (@id, @dob, @email, @enrolled, @first, @last, @status, @number, NULL) RETURNING xmin",
            connection, transaction);
        insert.Parameters.AddWithValue("id", student.Id);
        insert.Parameters.AddWithValue("dob", student.DateOfBirth);
        insert.Parameters.AddWithValue("email", student.Email);
        insert.Parameters.AddWithValue("enrolled", student.EnrolledOn);
        insert.Parameters.AddWithValue("first", student.FirstName);
        insert.Parameters.AddWithValue("last", student.LastName);
        insert.Parameters.AddWithValue("status", student.Status);
        insert.Parameters.AddWithValue("number", student.StudentNumber);
        try
        {
            var version = (uint)(await insert.ExecuteScalarAsync(cancellationToken))!;
            await transaction.CommitAsync(cancellationToken);
            // After the commit, as the app's outbox: one message asking for the invitation.
            await sqs.SendMessageAsync(queue.Url,
                $$"""{"type":"invitation","kind":"Student","recordId":"{{student.Id}}"}""", cancellationToken);
            SetETag(http, version);
            return Results.Created($"/api/students/{student.Id}", student);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    private static StudentJson ReadStudent(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetString(1),
        reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7), reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9));

    private static void AddPattern(NpgsqlCommand command, string? pattern)
    {
        if (pattern is not null)
        {
            command.Parameters.AddWithValue("pattern", pattern);
        }
    }

    /// <summary>The app's SearchPattern.Contains: lower-cased, with \ % _ matching literally.</summary>
    private static string LikeContains(string search) =>
        "%" + search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static void SetETag(HttpContext http, uint version) =>
        http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
