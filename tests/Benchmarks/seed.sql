-- Students :first..:last (inclusive) for build/bench.sh: deterministic, so the 10k database is
-- a prefix of the 1M one. Surnames are three of 32 syllables (32,768 distinct, spread by a
-- hash), so a surname search matches ~1 student in 10k and ~30 in 1M, as in a real roster.
INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status)
SELECT md5('student-' || i)::uuid,
       'S' || lpad(i::text, 9, '0'),
       first_name,
       last_name,
       lower(first_name || '.' || last_name || '.' || i || '@example.edu'),
       DATE '1980-01-01' + (h & 8191),
       DATE '2015-01-01' + (i % 3650),
       CASE WHEN i % 20 = 0 THEN 'Graduated' WHEN i % 50 = 1 THEN 'Suspended' ELSE 'Active' END
FROM (
  SELECT i, h,
         (ARRAY['Ada','Ben','Cleo','Dev','Eli','Fay','Gus','Hana','Ivo','Jade','Kai','Lena','Milo','Nia','Omar','Pia',
                'Quin','Rosa','Sami','Tess','Uma','Vito','Wren','Xena','Yuri','Zoe','Ari','Bo','Cy','Dana','Ezra','Flo'])[1 + (h >> 20 & 31)] AS first_name,
         initcap(s[1 + (h & 31)] || s[1 + (h >> 5 & 31)] || s[1 + (h >> 10 & 31)]) AS last_name
  FROM generate_series(:first::int, :last::int) AS i,
       LATERAL (SELECT hashint4(i) & 2147483647 AS h) AS hash,
       LATERAL (SELECT ARRAY['ka','lo','mir','ne','sta','vo','ri','den','ber','ga','ton','lin','mar','ko','ski','wen',
                             'dal','ho','rus','ta','mel','fi','gor','na','bel','sen','tro','vik','lu','zan','pe','dor'] AS s) AS syllables
) AS generated;
