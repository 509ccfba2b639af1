-- The network of ReportBench (Benchmarks/Sources/ReportBench/Network.swift says what it holds),
-- N times the demo, generated in SQL. The benchmark and the observatory's exactness test
-- (Tests/MaSanteDemoTests/ObservatorySweepTests.swift) run it with its placeholders filled:
-- {scale} (N), {start} (the first month), {as_of} (the report's date), {last_month} (months − 1).
CREATE UNLOGGED TABLE bench_centres (
    i int PRIMARY KEY, name text NOT NULL, dep text NOT NULL, insee text NOT NULL, open boolean NOT NULL,
    status centre_status NOT NULL, opened_on date, centre_id bigint);
INSERT INTO bench_centres (i, name, dep, insee, open, status, opened_on)
SELECT i, 'Centre de santé banc ' || i, d.dep, d.dep || lpad((i / 13 % 999 + 1)::text, 3, '0'), i < 26 * {scale},
       CASE WHEN i < 26 * {scale} THEN 'ouvert'
            ELSE (ARRAY['candidature', 'retenue', 'convention_signee'])[i % 3 + 1] END::centre_status,
       CASE WHEN i < 26 * {scale} THEN date '{start}' + i % 20 END
FROM generate_series(0, 29 * {scale} - 1) i,
     LATERAL (SELECT (ARRAY['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'])[i % 13 + 1] AS dep) d;

INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
SELECT name, 'Commune ' || i, insee, dep, status, opened_on FROM bench_centres ORDER BY i;
UPDATE bench_centres b SET centre_id = c.id FROM centres c WHERE c.name = b.name;

-- k < 133·N: health professionals; then 46·N secretaries; then 5·N candidates.
CREATE UNLOGGED TABLE bench_people (
    k int PRIMARY KEY, role text NOT NULL, profession profession NOT NULL, specialty text, rpps text,
    last_name text NOT NULL, first_name text NOT NULL, hired_on date, hours numeric(4,2),
    kind contract_type, ends_on date, leaves boolean NOT NULL DEFAULT false, follow_on date,
    centre_idx int, second_idx int, person_id bigint);
INSERT INTO bench_people (k, role, profession, last_name, first_name)
SELECT k, r.role,
       CASE WHEN r.role = 'cand' THEN 'medecin_generaliste'
            WHEN r.role = 'sec' THEN 'secretaire_medical'
            WHEN k % 133 < 119 THEN 'medecin_generaliste'
            WHEN k % 133 < 129 THEN 'sage_femme'
            WHEN k % 133 < 132 THEN 'infirmier'
            ELSE 'medecin_specialiste' END::profession,
       'Banc' || k, (ARRAY['Hélène', 'Jean', 'Camille', 'Pierre', 'Léa', 'Karim', 'Inès', 'Marc'])[k % 8 + 1]
FROM generate_series(0, 184 * {scale} - 1) k,
     LATERAL (SELECT CASE WHEN k < 133 * {scale} THEN 'hp' WHEN k < 179 * {scale} THEN 'sec' ELSE 'cand' END AS role) r;
UPDATE bench_people SET specialty = 'pediatrie' WHERE profession = 'medecin_specialiste';
-- RPPS: 10 digits, then the Luhn check digit (base digits at even places from the left are doubled).
UPDATE bench_people b SET rpps = base || (10 - (
           SELECT sum(CASE WHEN g % 2 = 0 THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END)
           FROM generate_series(1, 10) g, LATERAL (SELECT substr(base, g, 1)::int AS d) digit) % 10) % 10
FROM (SELECT k, '199' || lpad((k + 1)::text, 7, '0') AS base FROM bench_people) s
WHERE s.k = b.k AND b.role <> 'sec';

-- Hires: a permutation of the days of the ten years (7919 is prime to 3632), after the openings.
UPDATE bench_people SET
    hired_on = date '{start}' + 20 + ((k::int8 * 7919) % 3632)::int,
    hours = CASE k % 10 WHEN 0 THEN 17.5 WHEN 1 THEN 28 ELSE 35 END,
    kind = 'CDI',
    centre_idx = k % (26 * {scale}),
    second_idx = CASE WHEN k % 50 = 12 THEN (k + 1) % (26 * {scale}) END
WHERE role <> 'cand';
-- A year's CDD: followed by a CDI the next day when it ended before the report's date.
UPDATE bench_people SET kind = 'CDD', ends_on = hired_on + 364,
       follow_on = CASE WHEN hired_on + 364 < date '{as_of}' THEN hired_on + 365 END
WHERE role <> 'cand' AND k % 20 = 3;
-- Six months' CDD, then gone; or a CDI left after six months to about two years.
UPDATE bench_people SET kind = 'CDD', ends_on = hired_on + 182, leaves = true
WHERE role <> 'cand' AND k % 20 = 13 AND hired_on <= date '2026-03-31';
UPDATE bench_people SET ends_on = least(hired_on + 180 + k % 500, date '2026-09-30'), leaves = true
WHERE role <> 'cand' AND k % 20 = 7 AND hired_on <= date '2026-03-31';

INSERT INTO people (last_name, first_name, profession, specialty, rpps)
SELECT last_name, first_name, profession, specialty, rpps FROM bench_people ORDER BY k;
UPDATE bench_people b SET person_id = p.id FROM people p WHERE p.last_name = b.last_name;

INSERT INTO contracts (person_id, kind, starts_on, ends_on, weekly_hours)
SELECT person_id, kind, hired_on, ends_on, hours FROM bench_people WHERE role <> 'cand'
UNION ALL
SELECT person_id, 'CDI', follow_on, NULL, hours FROM bench_people WHERE follow_on IS NOT NULL;
INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
SELECT c.person_id, c.id, bc.centre_id, c.starts_on, c.ends_on, CASE WHEN b.second_idx IS NULL THEN 1 ELSE 0.6 END
FROM contracts c JOIN bench_people b ON b.person_id = c.person_id JOIN bench_centres bc ON bc.i = b.centre_idx
UNION ALL
SELECT c.person_id, c.id, bc.centre_id, c.starts_on, c.ends_on, 0.4
FROM contracts c JOIN bench_people b ON b.person_id = c.person_id JOIN bench_centres bc ON bc.i = b.second_idx;

-- Stages, in the order the transition trigger accepts: 'embauche', 'en_poste', 'parti'.
INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
SELECT person_id, 'embauche', hired_on, 'banc' FROM bench_people WHERE role <> 'cand' ORDER BY k;
INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
SELECT person_id, 'en_poste', hired_on, 'banc' FROM bench_people WHERE role <> 'cand' ORDER BY k;
INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
SELECT person_id, 'parti', ends_on, 'banc' FROM bench_people WHERE leaves ORDER BY k;
INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
SELECT person_id, 'candidat', date '{as_of}' - 30 - k % 200, 'banc' FROM bench_people WHERE role = 'cand' ORDER BY k;
INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
SELECT person_id, 'entretien', date '{as_of}' - 16 - k % 200, 'banc' FROM bench_people WHERE role = 'cand' AND k % 2 = 0 ORDER BY k;

INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                              home_visits, ehpad_visits, new_referring_patients)
SELECT bc.centre_id, (date '{start}' + g * interval '1 month')::date, a.scheduled, a.scheduled / 5,
       20 + (bc.i + g) % 40, CASE WHEN bc.i % 3 = 0 THEN 10 + g % 7 ELSE 0 END, 5 + (bc.i * 7 + g * 3) % 50
FROM bench_centres bc CROSS JOIN generate_series(0, {last_month}) g,
     LATERAL (SELECT 300 + (bc.i * 37 + g * 13) % 400 AS scheduled) a
WHERE bc.open;
