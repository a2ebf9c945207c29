namespace CleanStudents.Application.Common.Messaging;

/// <summary>What a consumer made of one delivery of a message.</summary>
public enum Delivery
{
    /// <summary>Handled (or nothing left to do, e.g. a duplicate): the message is deleted from the queue.</summary>
    Done,

    /// <summary>Not handled this time: the queue delivers it again, and after its last receive dead-letters it.</summary>
    RetryLater,
}
