using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanStudents.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueuedInvitationsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "invitation",
                table: "students",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "invitation",
                table: "lecturers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_created_at",
                table: "outbox_messages",
                column: "created_at");

            // Existing links count as sent; queued invitations move to the outbox, so none is lost.
            migrationBuilder.Sql("""
                UPDATE students SET invitation = 'Sent' WHERE user_id IS NOT NULL;
                UPDATE lecturers SET invitation = 'Sent' WHERE user_id IS NOT NULL;
                UPDATE students s SET invitation = 'Pending' FROM pending_invitations p WHERE p.kind = 'Student' AND p.record_id = s.id;
                UPDATE lecturers l SET invitation = 'Pending' FROM pending_invitations p WHERE p.kind = 'Lecturer' AND p.record_id = l.id;
                INSERT INTO outbox_messages (id, body, created_at)
                SELECT id, json_build_object('type', 'invitation', 'kind', kind, 'recordId', record_id)::text, created_at
                FROM pending_invitations;
                """);

            migrationBuilder.DropTable(
                name: "pending_invitations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "invitation",
                table: "students");

            migrationBuilder.DropColumn(
                name: "invitation",
                table: "lecturers");

            migrationBuilder.CreateTable(
                name: "pending_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_invitations", x => x.id);
                    table.CheckConstraint("ck_pending_invitations_kind", "kind IN ('Student', 'Lecturer')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_pending_invitations_kind_record_id",
                table: "pending_invitations",
                columns: new[] { "kind", "record_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pending_invitations_next_attempt_at",
                table: "pending_invitations",
                column: "next_attempt_at");
        }
    }
}
