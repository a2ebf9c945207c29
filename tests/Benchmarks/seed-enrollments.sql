-- Subjects, lecturers, classes and enrollments for the :students students of seed.sql (a multiple of 200),
-- for build/bench.sh: every student sits in 5 classes, one per term, and every class holds 200 students
-- spread over the whole roll (class c of a term takes students c, c + G, c + 2G, ... with G = :students / 200),
-- so 10k students make 250 classes and 50k enrollments, 1M make 25,000 classes and 5M enrollments.
-- Scores of the four past terms are set (0.00-10.00, spread by a hash); the current term is ungraded.
-- Ids are md5 of a name, as in seed.sql, so bench.sh finds class 1 and student 5000 in either size.
\set groups (:students / 200)
\set classes (:groups * 5)

INSERT INTO subjects (id, code, name, credits, description)
SELECT md5('subject-' || s)::uuid, 'BEN' || lpad(s::text, 4, '0'), 'Bench subject ' || s, 1 + s % 6, NULL
FROM generate_series(1, greatest(:classes / 10, 1)) AS s;

INSERT INTO lecturers (id, staff_number, first_name, last_name, email, department)
SELECT md5('lecturer-' || l)::uuid, 'L' || lpad(l::text, 6, '0'), 'Lena', 'Bench' || l, 'lecturer.' || l || '@example.edu', 'Bench'
FROM generate_series(1, greatest(:classes / 5, 1)) AS l;

INSERT INTO classes (id, code, subject_id, lecturer_id, term, capacity, enrolled_count, schedule, room)
SELECT md5('class-' || c)::uuid, 'BC-' || lpad(c::text, 6, '0'),
       md5('subject-' || (1 + (c - 1) % greatest(:classes / 10, 1)))::uuid,
       md5('lecturer-' || (1 + (c - 1) % greatest(:classes / 5, 1)))::uuid,
       (ARRAY['2024-S1', '2024-S2', '2024-S3', '2025-S1', '2025-S2'])[1 + (c - 1) / :groups],
       250, 200, 'Mon 09:00', 'R' || (c % 400)
FROM generate_series(1, :classes) AS c;

-- The rows are consistent by construction: the session skips the per-row foreign-key triggers (5M of
-- them at 1M students), and the rows arrive in primary-key order, so the key's index grows at its end.
SET session_replication_role = replica;
INSERT INTO enrollments (class_id, student_id, enrolled_at, score)
SELECT md5('class-' || c)::uuid, md5('student-' || i)::uuid,
       TIMESTAMPTZ '2024-01-15 09:00:00+00' + (term * 120) * INTERVAL '1 day' + (i % 86400) * INTERVAL '1 second',
       CASE WHEN term < 4 THEN ((hashint4(i * 5 + term) & 2147483647) % 1001) / 100.0 END
FROM generate_series(1, :students) AS i,
     generate_series(0, 4) AS term,
     LATERAL (SELECT term * :groups + 1 + (i - 1) % :groups AS c) AS seat
ORDER BY 1, 2;
RESET session_replication_role;
