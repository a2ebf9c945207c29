using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanStudents.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchGrams : Migration
    {
        private static readonly string[] SearchableTables = ["students", "lecturers", "subjects", "classes"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A substring search for a term of 5+ characters (SearchGrams in Application): an index of
            // every 5-character substring of search_text finds the few rows holding all of the term's
            // 5-grams, where the trigram index would walk posting lists that grow with the table.
            // search_grams_cover is a plain SQL expression, so the planner inlines it and matches
            // search_grams(search_text) to the index.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_grams(value text) RETURNS text[]
                    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    AS $$ SELECT ARRAY(SELECT substr(value, i, 5) FROM generate_series(1, length(value) - 4) AS i) $$;

                CREATE FUNCTION search_grams_cover(value text, term text) RETURNS boolean
                    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    AS $$ SELECT search_grams(value) @> search_grams(term) $$;
                """);
            foreach (var table in SearchableTables)
            {
                migrationBuilder.Sql($"CREATE INDEX ix_{table}_search_grams ON {table} USING gin (search_grams(search_text));");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in SearchableTables)
            {
                migrationBuilder.Sql($"DROP INDEX ix_{table}_search_grams;");
            }

            migrationBuilder.Sql("DROP FUNCTION search_grams_cover(text, text); DROP FUNCTION search_grams(text);");
        }
    }
}
