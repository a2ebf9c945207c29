using CleanStudents.Domain.Notifications;

namespace CleanStudents.Domain.UnitTests.Notifications;

public sealed class NotificationTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Sending_trims_the_text_and_reaches_each_student_once()
    {
        var ada = Guid.NewGuid();
        var alan = Guid.NewGuid();

        var notification = Notification.Send("  Exam moved ", " Now on Friday.\n", SentAt, "user-1", "Demo Lecturer",
            [ada, alan, ada]);

        notification.Title.Should().Be("Exam moved");
        notification.Body.Should().Be("Now on Friday.");
        notification.SentAt.Should().Be(SentAt);
        notification.SenderName.Should().Be("Demo Lecturer");
        notification.Recipients.Select(r => r.StudentId).Should().BeEquivalentTo([ada, alan]);
        notification.Recipients.Should().OnlyContain(r => r.ReadAt == null);
    }

    [Test]
    public void A_composed_notification_has_no_recipients_until_the_database_adds_them()
    {
        var notification = Notification.Compose(" Welcome ", " Hello all ", SentAt, "user-1", "Administrator");

        notification.Title.Should().Be("Welcome");
        notification.Body.Should().Be("Hello all");
        notification.Recipients.Should().BeEmpty();
    }

    [Test]
    public void Reading_again_keeps_the_first_reading_time()
    {
        var recipient = Notification.Send("t", "b", SentAt, "user-1", "Administrator", [Guid.NewGuid()]).Recipients.Single();
        var first = SentAt.AddMinutes(5);

        recipient.MarkRead(first);
        recipient.MarkRead(first.AddHours(1));

        recipient.ReadAt.Should().Be(first);
    }
}
