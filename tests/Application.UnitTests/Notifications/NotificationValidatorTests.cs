using CleanStudents.Application.Notifications.Commands.SendNotification;
using CleanStudents.Application.Notifications.Queries.ListMyNotifications;

namespace CleanStudents.Application.UnitTests.Notifications;

public sealed class NotificationValidatorTests
{
    private static readonly Guid ClassId = Guid.NewGuid();

    private static SendNotificationCommand Valid() => new("Exam moved", "The exam is now on Friday.", new("class", ClassId));

    private static IEnumerable<string> FailingFields(SendNotificationCommand command) =>
        new SendNotificationCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void A_complete_notification_is_valid() => FailingFields(Valid()).Should().BeEmpty();

    [TestCase("")]
    [TestCase("   ")]
    public void Title_and_body_must_not_be_blank(string text) =>
        FailingFields(Valid() with { Title = text, Body = text }).Should().BeEquivalentTo("Title", "Body");

    [Test]
    public void Title_may_have_200_characters_but_not_201()
    {
        FailingFields(Valid() with { Title = new string('t', 200) }).Should().BeEmpty();
        FailingFields(Valid() with { Title = new string('t', 201) }).Should().Equal("Title");
    }

    [Test]
    public void Body_may_have_4000_characters_but_not_4001()
    {
        FailingFields(Valid() with { Body = new string('b', 4000) }).Should().BeEmpty();
        FailingFields(Valid() with { Body = new string('b', 4001) }).Should().Equal("Body");
    }

    [Test]
    public void A_target_is_required() => FailingFields(Valid() with { Target = null }).Should().Equal("Target");

    [TestCase("student", true)]
    [TestCase("class", true)]
    [TestCase("CLASS", true)]
    [TestCase("everyone", false)]
    [TestCase("1", false)]
    [TestCase(null, false)]
    public void The_target_type_is_student_class_or_all(string? type, bool valid) =>
        FailingFields(Valid() with { Target = new(type, ClassId) }).Should().Equal(valid ? [] : ["Target.Type"]);

    [TestCase("student")]
    [TestCase("class")]
    public void A_student_or_class_target_needs_an_id(string type) =>
        FailingFields(Valid() with { Target = new(type, null) }).Should().Equal("Target.Id");

    [Test]
    public void All_students_takes_no_id()
    {
        FailingFields(Valid() with { Target = new("all", null) }).Should().BeEmpty();
        FailingFields(Valid() with { Target = new("all", ClassId) }).Should().Equal("Target.Id");
    }

    [TestCase(0, 20, "Page")]
    [TestCase(1, 0, "PageSize")]
    [TestCase(1, 101, "PageSize")]
    public void My_notifications_are_paged_within_bounds(int page, int pageSize, string field) =>
        new ListMyNotificationsQueryValidator().Validate(new ListMyNotificationsQuery(page, pageSize)).Errors
            .Select(e => e.PropertyName).Should().Equal(field);

    [Test]
    public void Unread_only_needs_no_other_parameter() =>
        new ListMyNotificationsQueryValidator().Validate(new ListMyNotificationsQuery(UnreadOnly: true)).IsValid
            .Should().BeTrue();
}
