using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.Classes;

/// <summary>An offering of a subject in a term, taught by a lecturer, with a capacity.</summary>
public sealed class Class : Entity
{
    public const int CodeMaxLength = 30;
    public const string CodePattern = "^[A-Z0-9-]{2,30}$";
    public const int MinCapacity = 1;
    public const int MaxCapacity = 500;
    public const int ScheduleMaxLength = 200;
    public const int RoomMaxLength = 50;

    private Class(Guid id, string code, Guid subjectId, Guid? lecturerId, string term, int capacity, string? schedule,
        string? room)
        : base(id)
    {
        Code = code;
        SubjectId = subjectId;
        LecturerId = lecturerId;
        Term = term;
        Capacity = capacity;
        Schedule = schedule;
        Room = room;
    }

    public string Code { get; private set; }
    public Guid SubjectId { get; private set; }
    public Guid? LecturerId { get; private set; }
    public string Term { get; private set; }
    public int Capacity { get; private set; }

    /// <summary>Kept with the class so that capacity is checked on one locked row, not by counting.</summary>
    public int EnrolledCount { get; private set; }

    public string? Schedule { get; private set; }
    public string? Room { get; private set; }

    public static Class Offer(Guid id, string code, Guid subjectId, Guid? lecturerId, string term, int capacity,
        string? schedule, string? room) =>
        new(id, code, subjectId, lecturerId, term, capacity, Blank(schedule), Blank(room));

    public RuleViolation? Update(string code, Guid subjectId, Guid? lecturerId, string term, int capacity,
        string? schedule, string? room)
    {
        if (capacity < EnrolledCount)
        {
            return new RuleViolation(
                $"Capacity {capacity} is below the {EnrolledCount} students already enrolled; withdraw students first or keep the capacity at least {EnrolledCount}.");
        }

        Code = code;
        SubjectId = subjectId;
        LecturerId = lecturerId;
        Term = term;
        Capacity = capacity;
        Schedule = Blank(schedule);
        Room = Blank(room);
        return null;
    }

    /// <summary>Takes a seat for a student; refuses when every seat is taken.</summary>
    public (Enrollment? Enrollment, RuleViolation? Violation) Enroll(Guid studentId, DateTimeOffset at)
    {
        if (EnrolledCount >= Capacity)
        {
            return (null, new RuleViolation($"Class {Code} is full ({Capacity} of {Capacity} seats taken)."));
        }

        EnrolledCount++;
        return (Enrollment.Create(Id, studentId, at), null);
    }

    /// <summary>Gives a seat back; graded enrollments are part of the record and stay.</summary>
    public RuleViolation? Withdraw(Enrollment enrollment)
    {
        if (enrollment.IsGraded)
        {
            return new RuleViolation("The enrollment is graded and is part of the student's record; it cannot be withdrawn.");
        }

        EnrolledCount--;
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
