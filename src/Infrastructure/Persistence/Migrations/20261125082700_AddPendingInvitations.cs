using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanStudents.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddPendingInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pending_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pending_invitations");
        }
    }
}
