using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanStudents.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StudentCountTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Exact student totals without counting rows (ListStudents without a search): per-status
            // counters that statement-level triggers keep in step with every change to students, in
            // the same transaction. Each status has 16 slots, picked by backend, so concurrent writers
            // rarely wait on one counter row; a total is the sum of at most 64 rows.
            migrationBuilder.Sql("""
                CREATE TABLE student_counts (
                    status character varying(16) NOT NULL,
                    slot smallint NOT NULL,
                    count bigint NOT NULL,
                    CONSTRAINT pk_student_counts PRIMARY KEY (status, slot)
                );

                INSERT INTO student_counts (status, slot, count)
                SELECT status, 0, count(*) FROM students GROUP BY status;

                CREATE FUNCTION student_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    statuses text[];
                    deltas bigint[];
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        DELETE FROM student_counts;
                        RETURN NULL;
                    END IF;
                    -- Each transition table exists only for its own operation, hence one query per branch.
                    IF TG_OP = 'INSERT' THEN
                        SELECT array_agg(status ORDER BY status), array_agg(delta ORDER BY status) INTO statuses, deltas
                        FROM (SELECT status, count(*) AS delta FROM new_rows GROUP BY status) AS changes;
                    ELSIF TG_OP = 'DELETE' THEN
                        SELECT array_agg(status ORDER BY status), array_agg(delta ORDER BY status) INTO statuses, deltas
                        FROM (SELECT status, -count(*) AS delta FROM old_rows GROUP BY status) AS changes;
                    ELSE
                        SELECT array_agg(status ORDER BY status), array_agg(delta ORDER BY status) INTO statuses, deltas
                        FROM (SELECT status, sum(delta) AS delta
                              FROM (SELECT status, 1 AS delta FROM new_rows
                                    UNION ALL SELECT status, -1 FROM old_rows) AS moves
                              GROUP BY status HAVING sum(delta) <> 0) AS changes;
                    END IF;
                    -- In status order, so concurrent statements lock counter rows in the same order.
                    INSERT INTO student_counts AS c (status, slot, count)
                    SELECT change.status, (pg_backend_pid() % 16)::smallint, change.delta
                    FROM unnest(statuses, deltas) WITH ORDINALITY AS change(status, delta, position)
                    ORDER BY change.position
                    ON CONFLICT (status, slot) DO UPDATE SET count = c.count + excluded.count;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER students_count_inserts AFTER INSERT ON students
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION student_counts_track();
                CREATE TRIGGER students_count_updates AFTER UPDATE ON students
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION student_counts_track();
                CREATE TRIGGER students_count_deletes AFTER DELETE ON students
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION student_counts_track();
                CREATE TRIGGER students_count_truncates AFTER TRUNCATE ON students
                    FOR EACH STATEMENT EXECUTE FUNCTION student_counts_track();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER students_count_truncates ON students;
                DROP TRIGGER students_count_deletes ON students;
                DROP TRIGGER students_count_updates ON students;
                DROP TRIGGER students_count_inserts ON students;
                DROP FUNCTION student_counts_track();
                DROP TABLE student_counts;
                """);
        }
    }
}
