// The network of PlanningBench: a year of weekly schedules for 200 people in 30 centres,
// generated in SQL with generate_series (set-based: one statement per table).
//
//   centres      30, open Monday to Friday 08:00–19:00 and Saturday 08:00–12:00 (so every
//                centre-week also has an `openingAmplitude` finding: the target closes at 20:00);
//   people       200: per centre 3 doctors (10 of the 90 are paediatricians), 1 nurse and 2
//                secretaries, and 20 midwives in the first 20 centres. Each day a doctor and a
//                secretary work early (08:00–16:00) and another late (11:00–19:00); the doctor
//                alone in their slot and the secretaries keep full five-day weeks all year. Among
//                the others: 22 also work in the next centre (Monday–Wednesday, then Thursday–
//                Friday), 11 part-time (28 h over four days, 21 h over three), 11 full-time over
//                four days of 8 h 45, 7 hired on a year's CDD during 2026, 5 leaving during 2026;
//                contracts and assignments cover every planned day;
//   weeks        a `planning_weeks` row per centre and ISO week of 2026 (W01 = 29 December 2025
//                … W53 = 3 January 2027), in draft;
//   shifts       about 105,000 over the 53 weeks: each working day a morning and an afternoon
//                with a lunch break, one morning a week opening with an hour of administration (a
//                shift of its own); consultations, unscheduled care (nurses' mornings, each
//                doctor's morning one day in three), one afternoon of home or EHPAD visits a week
//                for two of the doctors and for midwives, training one day in 80; one doctor and
//                one secretary per centre on Saturday morning in turn (their Wednesday is then the
//                4 h the other slot leaves uncovered); five weeks of leave per person (congé
//                shifts; the lone doctor's slot taken by a colleague meanwhile), congé on public
//                holidays, sick leave (maladie) one working day in a hundred; now and then a
//                Friday-to-Saturday night of home visits (20:00–02:00) for the 6 doctors working
//                four days;
//   breaches     about one early working day in a hundred is 12 h 30 of work (08:00–21:00:
//                dailyMaxHours, dailySpan, breakAfterSixHours, contractHours), and one late day in
//                a hundred ends at 22:00 before an 08:00 start (dailyRest); most coverage findings
//                come from a secretary's leave or sickness, which no one covers.
// Timestamps are Paris wall-clock times (`AT TIME ZONE 'Europe/Paris'`), so the two
// daylight-saving changes of 2026 fall where they do. The shifts go through the table's
// exclusion constraint (no overlap per person) and its assignment trigger.

import Foundation
import MaSante
import PQ

/// The checked year: every ISO week of 2026.
enum Period {
    static let weeks = (1...ISOWeek.weeks(in: 2026)).map { ISOWeek(year: 2026, week: $0)! }
    static var start: Date { weeks[0].start }
    static var end: Date { weeks[weeks.count - 1].end }
    /// Monday of W01 to Sunday of W53.
    static var days: [CalendarDate] { weeks.flatMap(\.days) }
}

/// Writes the network into an empty, migrated database.
func generateNetwork(_ conn: Connection) throws {
    // Our own dates, from MaSante's calendar of public holidays: trusted text.
    let holidayList = PublicHolidays.among(Period.days).sorted().map(\.description).joined(separator: ",")
    try conn.runScript("""
        CREATE UNLOGGED TABLE bench_centres (i int PRIMARY KEY, name text NOT NULL, centre_id bigint);
        INSERT INTO bench_centres (i, name) SELECT i, 'Centre de santé planning ' || i FROM generate_series(0, 29) i;
        INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
        SELECT b.name, 'Commune ' || b.i, d.dep || lpad((b.i + 1)::text, 3, '0'), d.dep, 'ouvert', date '2020-01-06' + 7 * b.i
        FROM bench_centres b,
             LATERAL (SELECT (ARRAY['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'])[b.i % 13 + 1] AS dep) d
        ORDER BY b.i;
        UPDATE bench_centres b SET centre_id = c.id FROM centres c WHERE c.name = b.name;
        INSERT INTO opening_hours (centre_id, weekday, opens_at, closes_at)
        SELECT centre_id, wd, time '08:00', CASE WHEN wd = 6 THEN time '12:00' ELSE time '19:00' END
        FROM bench_centres, generate_series(1, 6) wd;

        CREATE UNLOGGED TABLE bench_people (
            k int PRIMARY KEY, profession profession NOT NULL, tier int NOT NULL, rank int NOT NULL,
            centre_idx int NOT NULL, second_idx int, pattern text NOT NULL, hours numeric(4,2) NOT NULL,
            kind contract_type NOT NULL, hired_on date NOT NULL, ends_on date, person_id bigint);
        -- Tiers (k / 30): 0–2 doctors, 3 nurses, 4–5 secretaries, 6 midwives. Doctors of tiers 0 and 2
        -- share a slot each day, the tier-1 doctor and each secretary hold theirs alone: those keep full
        -- weeks all year ("steady"), so that holes in a centre's cover come from leave, sickness and training.
        INSERT INTO bench_people (k, profession, tier, rank, centre_idx, second_idx, pattern, hours, kind, hired_on, ends_on)
        SELECT k, r.profession, k / 30, r.rank, k % 30,
               CASE WHEN NOT r.steady AND (k + k / 30) % 5 = 3 THEN (k + 1) % 30 END,
               pt.pattern, CASE pt.pattern WHEN 'part28' THEN 28 WHEN 'part21' THEN 21 ELSE 35 END,
               CASE WHEN NOT r.steady AND k % 19 = 9 THEN 'CDD' ELSE 'CDI' END::contract_type,
               CASE WHEN NOT r.steady AND k % 19 = 9 THEN date '2026-02-02' + 7 * (k % 26)
                    ELSE date '2015-01-05' + (k * 37) % 3000 END,
               CASE WHEN NOT r.steady AND k % 19 = 9 THEN date '2026-02-02' + 7 * (k % 26) + 364
                    WHEN NOT r.steady AND k % 25 = 17 THEN date '2026-06-30' + k % 60 END
        FROM generate_series(0, 199) k,
             LATERAL (SELECT CASE WHEN k < 80 THEN 'medecin_generaliste' WHEN k < 90 THEN 'medecin_specialiste'
                                  WHEN k < 120 THEN 'infirmier' WHEN k < 180 THEN 'secretaire_medical'
                                  ELSE 'sage_femme' END::profession AS profession,
                             CASE WHEN k < 90 THEN k / 30 WHEN k < 120 THEN 0 WHEN k < 180 THEN (k - 120) / 30 ELSE 0 END AS rank,
                             k / 30 IN (1, 4, 5) AS steady) r,
             LATERAL (SELECT CASE WHEN r.steady THEN 'full5'
                                  WHEN k % 11 = 5 THEN CASE WHEN k % 2 = 0 THEN 'part28' ELSE 'part21' END
                                  WHEN k % 9 = 4 THEN 'full4' ELSE 'full5' END AS pattern) pt;

        INSERT INTO people (last_name, first_name, profession, specialty)
        SELECT 'Planning' || k, (ARRAY['Hélène', 'Jean', 'Camille', 'Pierre', 'Léa', 'Karim', 'Inès', 'Marc'])[k % 8 + 1],
               profession, CASE WHEN profession = 'medecin_specialiste' THEN 'pediatrie' END
        FROM bench_people ORDER BY k;
        UPDATE bench_people b SET person_id = p.id FROM people p WHERE p.last_name = 'Planning' || b.k;
        INSERT INTO contracts (person_id, kind, starts_on, ends_on, weekly_hours)
        SELECT person_id, kind, hired_on, ends_on, hours FROM bench_people ORDER BY k;
        INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
        SELECT b.person_id, c.id, bc.centre_id, c.starts_on, c.ends_on, CASE WHEN b.second_idx IS NULL THEN 1 ELSE 0.6 END
        FROM bench_people b JOIN contracts c ON c.person_id = b.person_id JOIN bench_centres bc ON bc.i = b.centre_idx
        UNION ALL
        SELECT b.person_id, c.id, bc.centre_id, c.starts_on, c.ends_on, 0.4
        FROM bench_people b JOIN contracts c ON c.person_id = b.person_id JOIN bench_centres bc ON bc.i = b.second_idx;

        INSERT INTO planning_weeks (centre_id, week)
        SELECT centre_id, '2026-W' || lpad(w::text, 2, '0') FROM bench_centres, generate_series(1, 53) w;

        -- The 371 days of 2026-W01 … 2026-W53; w is the ISO week number, wd the ISO weekday.
        CREATE UNLOGGED TABLE bench_days AS
        SELECT d::date AS day, d::date - date '2025-12-29' AS n, (d::date - date '2025-12-29') / 7 + 1 AS w,
               extract(isodow FROM d)::int AS wd, d::date = ANY(string_to_array('\(holidayList)', ',')::date[]) AS holiday
        FROM generate_series(date '2025-12-29', date '2027-01-03', interval '1 day') d;

        -- Leave: three summer weeks, one in winter and one in autumn, staggered between colleagues of a centre.
        CREATE UNLOGGED TABLE bench_leave AS
        SELECT k, w FROM bench_people, generate_series(1, 53) w
        WHERE w BETWEEN 27 + 3 * (tier % 3) AND 29 + 3 * (tier % 3) OR w = 7 + tier OR w = 43 + tier % 3;

        -- Saturday morning: one full-time doctor and one secretary of each centre, in turn, skipping
        -- those on leave; that week their Wednesday is 4 h (E4, L4 below).
        CREATE UNLOGGED TABLE bench_saturday AS
        SELECT DISTINCT ON (b.centre_idx, b.profession = 'secretaire_medical', d.w) b.k, d.w, d.day
        FROM bench_people b JOIN bench_days d ON d.wd = 6 AND NOT d.holiday
        WHERE b.pattern = 'full5' AND b.profession IN ('medecin_generaliste', 'medecin_specialiste', 'secretaire_medical')
          AND d.day >= b.hired_on AND (b.ends_on IS NULL OR d.day - 3 <= b.ends_on)
          AND NOT EXISTS (SELECT 1 FROM bench_leave l WHERE l.k = b.k AND l.w = d.w)
        ORDER BY b.centre_idx, b.profession = 'secretaire_medical', d.w, ((b.rank - d.w) % 3 + 3) % 3;

        -- The day patterns, as wall-clock parts (am, pm, eve: evening work; sat; night: ends the next day).
        CREATE UNLOGGED TABLE bench_templates (template text, part text, starts time, ends time, next_day boolean DEFAULT false);
        INSERT INTO bench_templates (template, part, starts, ends, next_day) VALUES
            ('E7', 'am', '08:00', '12:30', false), ('E7', 'pm', '13:30', '16:00', false),
            ('L7', 'am', '11:00', '14:00', false), ('L7', 'pm', '15:00', '19:00', false),
            ('E875', 'am', '08:00', '12:30', false), ('E875', 'pm', '13:30', '17:45', false),
            ('L875', 'am', '09:45', '13:45', false), ('L875', 'pm', '14:15', '19:00', false),
            ('E4', 'am', '08:00', '11:00', false), ('E4', 'pm', '14:00', '15:00', false),
            ('L4', 'am', '12:30', '13:30', false), ('L4', 'pm', '16:00', '19:00', false),
            ('SAT', 'sat', '08:00', '12:00', false),
            ('VLONG', 'am', '08:00', '12:30', false), ('VLONG', 'pm', '13:00', '19:00', false), ('VLONG', 'eve', '19:00', '21:00', false),
            ('VREST', 'am', '11:00', '14:00', false), ('VREST', 'pm', '15:00', '19:00', false), ('VREST', 'eve', '19:30', '22:00', false),
            ('NIGHT', 'night', '20:00', '02:00', true);

        -- Each person's days: where, which pattern, and whether worked, on leave (congé) or sick.
        CREATE UNLOGGED TABLE bench_plan AS
        SELECT b.k, d.day, d.n, d.w, d.wd,
               CASE WHEN b.second_idx IS NOT NULL AND d.wd IN (4, 5) THEN b.second_idx ELSE b.centre_idx END AS centre_idx,
               CASE WHEN d.wd = 5 AND b.pattern = 'full4' THEN 'work'
                    WHEN d.holiday OR l.k IS NOT NULL THEN 'conge'
                    WHEN hash.sick % 100 = 0 THEN 'maladie' ELSE 'work' END AS status,
               CASE WHEN d.wd = 6 THEN 'SAT'
                    WHEN d.wd = 5 AND b.pattern = 'full4' THEN 'NIGHT'
                    WHEN d.wd = 3 AND rota.k IS NOT NULL THEN CASE WHEN early THEN 'E4' ELSE 'L4' END
                    WHEN b.pattern = 'full4' THEN CASE WHEN early THEN 'E875' ELSE 'L875' END
                    ELSE CASE WHEN early THEN 'E7' ELSE 'L7' END END AS template,
               -- About one day in a hundred breaks a rule: 12 h 30 of work, or 10 h of rest before an early start.
               CASE WHEN d.wd > 5 OR (d.wd = 3 AND rota.k IS NOT NULL) THEN NULL
                    WHEN early AND hash.long % 100 = 0 THEN 'VLONG'
                    WHEN NOT early AND d.wd <= 4 AND hash.rest % 100 = 0 THEN 'VREST' END AS violation,
               hash.training % 80 = 0 AS training
        FROM bench_people b
        JOIN bench_days d ON d.day >= b.hired_on AND (b.ends_on IS NULL OR d.day <= b.ends_on)
        LEFT JOIN bench_leave l ON l.k = b.k AND l.w = d.w
        LEFT JOIN bench_saturday rota ON rota.k = b.k AND rota.w = d.w
        -- Early (08:00) or late (19:00) slot, alternating; while the tier-1 doctor is on leave, tier 0 takes that slot.
        CROSS JOIN LATERAL (SELECT CASE WHEN b.tier = 0 AND EXISTS (SELECT 1 FROM bench_leave o WHERE o.k = b.k + 30 AND o.w = d.w)
                                        THEN (1 + d.n) % 2 = 0 ELSE (b.tier + d.n) % 2 = 0 END AS early) s
        CROSS JOIN LATERAL (SELECT ('x' || substr(m, 1, 8))::bit(32)::int8 AS sick, ('x' || substr(m, 9, 8))::bit(32)::int8 AS long,
                                   ('x' || substr(m, 17, 8))::bit(32)::int8 AS rest, ('x' || substr(m, 25, 8))::bit(32)::int8 AS training
                            FROM (SELECT md5(b.k || ':' || d.n) AS m) h) hash
        WHERE CASE b.pattern WHEN 'full5' THEN d.wd <= 5 WHEN 'full4' THEN d.wd <= 4 WHEN 'part28' THEN d.wd IN (1, 2, 4, 5)
                             ELSE d.wd IN (1, 2, 4) END
           OR (d.wd = 6 AND rota.k IS NOT NULL)
           -- Now and then a full-time doctor working four days does a night of home visits, Friday to Saturday.
           OR (d.wd = 5 AND b.pattern = 'full4' AND b.profession IN ('medecin_generaliste', 'medecin_specialiste')
               AND (d.w + b.k) % 6 = 0 AND NOT d.holiday AND l.k IS NULL);

        INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity, place)
        SELECT b.person_id, c.centre_id, s.starts_at, s.ends_at, s.activity::activity,
               CASE WHEN s.activity = 'visite_ehpad' THEN 'EHPAD Les Tilleuls ' || p.centre_idx END
        FROM bench_plan p JOIN bench_people b USING (k) JOIN bench_centres c ON c.i = p.centre_idx
        CROSS JOIN LATERAL (
            SELECT (p.day + CASE WHEN piece.i = 1 THEN t.starts + interval '1 hour' ELSE t.starts END) AT TIME ZONE 'Europe/Paris' AS starts_at,
                   (p.day + t.next_day::int + CASE WHEN piece.i = 0 AND piece.split THEN t.starts + interval '1 hour' ELSE t.ends END)
                       AT TIME ZONE 'Europe/Paris' AS ends_at,
                   CASE WHEN t.part = 'eve' OR (piece.i = 0 AND piece.split) THEN 'administratif'
                        WHEN t.part = 'night' THEN 'visite_domicile'
                        WHEN p.training THEN 'formation'
                        WHEN b.profession = 'secretaire_medical' THEN 'secretariat'
                        WHEN t.part = 'sat' THEN 'soins_non_programmes'
                        WHEN b.profession = 'infirmier' THEN CASE t.part WHEN 'am' THEN 'soins_non_programmes' ELSE 'consultation' END
                        WHEN b.profession = 'sage_femme' THEN
                             CASE WHEN t.part = 'pm' AND p.wd = 1 + b.k % 5 THEN 'visite_domicile' ELSE 'consultation' END
                        -- Doctors: visits one afternoon a week for the two who share a slot (the third stays on site).
                        WHEN t.part = 'pm' AND b.tier = 0 AND p.wd = 1 + p.centre_idx % 5 THEN 'visite_domicile'
                        WHEN t.part = 'pm' AND b.tier = 2 AND p.wd = 1 + (p.centre_idx + 2) % 5 THEN
                             CASE WHEN p.w % 2 = 0 THEN 'visite_domicile' ELSE 'visite_ehpad' END
                        WHEN t.part = 'am' AND (p.wd + b.tier + p.w) % 3 = 0 THEN 'soins_non_programmes'
                        ELSE 'consultation' END AS activity
            FROM bench_templates t
            -- One morning a week starts with an hour of administration, a shift of its own.
            CROSS JOIN LATERAL (SELECT t.part = 'am' AND p.wd = 1 + b.k % 5 AND t.template NOT IN ('E4', 'L4') AS split) sp
            CROSS JOIN LATERAL (SELECT i, sp.split FROM generate_series(0, sp.split::int) i) piece
            WHERE t.template = coalesce(p.violation, p.template)) s
        WHERE p.status = 'work'
        UNION ALL
        -- A day of leave or sickness: one absence as long as the day's work would have been, from 09:00.
        SELECT b.person_id, c.centre_id, (p.day + time '09:00') AT TIME ZONE 'Europe/Paris',
               (p.day + time '09:00' + h.length) AT TIME ZONE 'Europe/Paris', p.status::activity, NULL
        FROM bench_plan p JOIN bench_people b USING (k) JOIN bench_centres c ON c.i = p.centre_idx
        CROSS JOIN LATERAL (SELECT sum(t.ends - t.starts) AS length FROM bench_templates t WHERE t.template = p.template) h
        WHERE p.status <> 'work'
        ORDER BY 3, 1;
        """)
    try conn.execute("ANALYZE")
}

/// Row counts of what was generated.
struct NetworkSize {
    var centres = 0
    var people = 0
    var shifts = 0
    var planningWeeks = 0
}

func networkSize(_ conn: Connection) throws -> NetworkSize {
    let (centres, people, shifts, weeks) = try conn.query("""
        SELECT (SELECT count(*) FROM centres), (SELECT count(*) FROM people), (SELECT count(*) FROM shifts),
               (SELECT count(*) FROM planning_weeks)
        """)[0].decode((Int, Int, Int, Int).self)
    return NetworkSize(centres: centres, people: people, shifts: shifts, planningWeeks: weeks)
}
