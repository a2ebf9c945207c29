using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanStudents.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SystemNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "sender_user_id",
                table: "notifications",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AlterColumn<string>(
                name: "sender_name",
                table: "notifications",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254);

            migrationBuilder.AddColumn<Guid>(
                name: "message_key",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lecturer_notification_recipients",
                columns: table => new
                {
                    notification_id = table.Column<long>(type: "bigint", nullable: false),
                    lecturer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lecturer_notification_recipients", x => new { x.notification_id, x.lecturer_id });
                    table.ForeignKey(
                        name: "fk_lecturer_notification_recipients_lecturer",
                        column: x => x.lecturer_id,
                        principalTable: "lecturers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_lecturer_notification_recipients_notification",
                        column: x => x.notification_id,
                        principalTable: "notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_notifications_message_key",
                table: "notifications",
                column: "message_key",
                unique: true,
                filter: "message_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_lecturer_notification_recipients_lecturer_id_notification_id",
                table: "lecturer_notification_recipients",
                columns: new[] { "lecturer_id", "notification_id" },
                descending: new[] { false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lecturer_notification_recipients");

            migrationBuilder.DropIndex(
                name: "ux_notifications_message_key",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "message_key",
                table: "notifications");

            migrationBuilder.AlterColumn<string>(
                name: "sender_user_id",
                table: "notifications",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "sender_name",
                table: "notifications",
                type: "character varying(254)",
                maxLength: 254,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254,
                oldNullable: true);
        }
    }
}
