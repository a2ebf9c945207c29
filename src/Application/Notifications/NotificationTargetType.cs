namespace CleanStudents.Application.Notifications;

/// <summary>Who a notification goes to: one student, the students enrolled in a class, or every student.</summary>
public enum NotificationTargetType
{
    Student,
    Class,
    All,
}

public static class NotificationTargetTypes
{
    /// <summary>The names clients send, as API.md spells them.</summary>
    public static readonly IReadOnlyDictionary<string, NotificationTargetType> ByName =
        new Dictionary<string, NotificationTargetType>(StringComparer.OrdinalIgnoreCase)
        {
            ["student"] = NotificationTargetType.Student,
            ["class"] = NotificationTargetType.Class,
            ["all"] = NotificationTargetType.All,
        };
}
