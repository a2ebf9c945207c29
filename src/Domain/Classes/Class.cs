using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.Classes;

/// <summary>An offering of a subject in a term, taught by a lecturer, with a capacity.</summary>
public sealed class Class : Entity
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 500;
    public const int ScheduleMaxLength = 200;
    public const int RoomMaxLength = 50;

    private Class(Guid id, ClassCode code, Guid subjectId, Guid? lecturerId, Term term, int capacity, string? schedule,
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

    public ClassCode Code { get; private set; }
    public Guid SubjectId { get; private set; }
    public Guid? LecturerId { get; private set; }
    public Term Term { get; private set; }
    public int Capacity { get; private set; }

    /// <summary>Kept with the class so that capacity is checked on one locked row, not by counting.</summary>
    public int EnrolledCount { get; private set; }

    public string? Schedule { get; private set; }
    public string? Room { get; private set; }

    public static Outcome<Class> Offer(Guid id, string code, Guid subjectId, Guid? lecturerId, string term, int capacity,
        string? schedule, string? room) =>
        Check(code, term, capacity) is { } violation
            ? violation
            : new Class(id, ClassCode.Create(code), subjectId, lecturerId, Term.Create(term), capacity,
                OptionalText.Normalize(schedule), OptionalText.Normalize(room));

    /// <summary>
    /// Replaces the class; refuses a malformed code or term, a capacity out of range, or one below
    /// the students already enrolled, changing nothing.
    /// </summary>
    public RuleViolation? Update(string code, Guid subjectId, Guid? lecturerId, string term, int capacity,
        string? schedule, string? room)
    {
        if (Check(code, term, capacity) is { } violation)
        {
            return violation;
        }

        if (capacity < EnrolledCount)
        {
            return RuleViolation.StateConflict(
                $"Capacity {capacity} is below the {EnrolledCount} students already enrolled; withdraw students first or keep the capacity at least {EnrolledCount}.");
        }

        Code = ClassCode.Create(code);
        SubjectId = subjectId;
        LecturerId = lecturerId;
        Term = Classes.Term.Create(term);
        Capacity = capacity;
        Schedule = OptionalText.Normalize(schedule);
        Room = OptionalText.Normalize(room);
        return null;
    }

    private static RuleViolation? Check(string code, string term, int capacity)
    {
        if (!ClassCode.TryCreate(code, out _))
        {
            return RuleViolation.InvalidValue(nameof(Code), ClassCode.Rule);
        }

        if (!Classes.Term.TryCreate(term, out _))
        {
            return RuleViolation.InvalidValue(nameof(Term), Classes.Term.Rule);
        }

        return capacity is >= MinCapacity and <= MaxCapacity
            ? null
            : RuleViolation.InvalidValue(nameof(Capacity), $"A class seats {MinCapacity} to {MaxCapacity} students.");
    }

    /// <summary>Takes a seat for a student; refuses when every seat is taken.</summary>
    public Outcome<Enrollment> Enroll(Guid studentId, DateTimeOffset at)
    {
        if (EnrolledCount >= Capacity)
        {
            return RuleViolation.StateConflict($"Class {Code} is full ({Capacity} of {Capacity} seats taken).");
        }

        EnrolledCount++;
        return Enrollment.Create(Id, studentId, at);
    }

    /// <summary>Gives a seat back; graded enrollments are part of the record and stay.</summary>
    public RuleViolation? Withdraw(Enrollment enrollment)
    {
        if (enrollment.IsGraded)
        {
            return RuleViolation.StateConflict(
                "The enrollment is graded and is part of the student's record; it cannot be withdrawn.");
        }

        EnrolledCount--;
        return null;
    }
}
