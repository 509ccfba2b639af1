// The network of ReportBench: N times the demo network, generated in SQL with generate_series.
//
// Scale N (the demo is N = 1):
//   centres     26·N open (opened in November 2016, one a day for 20 days) and 3·N still in the
//               pipeline (candidature, retenue, convention signée), over the 13 départements of
//               Occitanie; no sites, partners, opening hours or lifecycle events (the report does
//               not read them);
//   people      133·N health professionals (per 133: 119 GPs, 10 midwives, 3 nurses, 1 specialist),
//               46·N secretaries and 5·N candidates never hired: 184 people at 1×, 18,400 at 100×;
//               every RPPS is valid (199, a seven-digit serial, the Luhn check digit);
//   hires       spread over ten years (2016-11-21 → 2026-10-31), each with 'embauche' then
//               'en_poste' on the day of the hire and one contract at one open centre; one in ten
//               half-time, one in ten at 28 h; one in twenty a year's CDD followed by a CDI (or
//               still running), one in twenty six months' CDD then gone ('parti'), one in twenty
//               leaving a CDI; one in fifty full-time people shares its week with a second centre;
//   activity    ten years of monthly activity for every open centre (120 rows per centre:
//               3,120 rows at 1×, 312,000 at 100×).
// Weekly schedules ("a year of shifts" in issue 6) do not exist in the schema yet: nothing is
// generated for them, and the report has no part that would read them.
//
// bench_centres and bench_people keep what the generator decided, so that the expected report
// figures are computed from them, not from the report's own queries.

import MaSante
import PQ

/// The period every scale covers, and the report's date: its last day.
enum Period {
    static let firstMonth = "2016-11-01"
    static let asOf = CalendarDate(year: 2026, month: 10, day: 31)!
    static let months = 120
}

/// Writes the network of scale `n` into an empty, migrated database.
func generateNetwork(_ conn: Connection, scale n: Int) throws {
    let start = Period.firstMonth, asOf = Period.asOf.description
    try conn.runScript("""
        CREATE UNLOGGED TABLE bench_centres (
            i int PRIMARY KEY, name text NOT NULL, dep text NOT NULL, insee text NOT NULL, open boolean NOT NULL,
            status centre_status NOT NULL, opened_on date, centre_id bigint);
        INSERT INTO bench_centres (i, name, dep, insee, open, status, opened_on)
        SELECT i, 'Centre de santé banc ' || i, d.dep, d.dep || lpad((i / 13 % 999 + 1)::text, 3, '0'), i < 26 * \(n),
               CASE WHEN i < 26 * \(n) THEN 'ouvert'
                    ELSE (ARRAY['candidature', 'retenue', 'convention_signee'])[i % 3 + 1] END::centre_status,
               CASE WHEN i < 26 * \(n) THEN date '\(start)' + i % 20 END
        FROM generate_series(0, 29 * \(n) - 1) i,
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
        FROM generate_series(0, 184 * \(n) - 1) k,
             LATERAL (SELECT CASE WHEN k < 133 * \(n) THEN 'hp' WHEN k < 179 * \(n) THEN 'sec' ELSE 'cand' END AS role) r;
        UPDATE bench_people SET specialty = 'pediatrie' WHERE profession = 'medecin_specialiste';
        -- RPPS: 10 digits, then the Luhn check digit (base digits at even places from the left are doubled).
        UPDATE bench_people b SET rpps = base || (10 - (
                   SELECT sum(CASE WHEN g % 2 = 0 THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END)
                   FROM generate_series(1, 10) g, LATERAL (SELECT substr(base, g, 1)::int AS d) digit) % 10) % 10
        FROM (SELECT k, '199' || lpad((k + 1)::text, 7, '0') AS base FROM bench_people) s
        WHERE s.k = b.k AND b.role <> 'sec';

        -- Hires: a permutation of the days of the ten years (7919 is prime to 3632), after the openings.
        UPDATE bench_people SET
            hired_on = date '\(start)' + 20 + ((k::int8 * 7919) % 3632)::int,
            hours = CASE k % 10 WHEN 0 THEN 17.5 WHEN 1 THEN 28 ELSE 35 END,
            kind = 'CDI',
            centre_idx = k % (26 * \(n)),
            second_idx = CASE WHEN k % 50 = 12 THEN (k + 1) % (26 * \(n)) END
        WHERE role <> 'cand';
        -- A year's CDD: followed by a CDI the next day when it ended before the report's date.
        UPDATE bench_people SET kind = 'CDD', ends_on = hired_on + 364,
               follow_on = CASE WHEN hired_on + 364 < date '\(asOf)' THEN hired_on + 365 END
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
        SELECT person_id, 'candidat', date '\(asOf)' - 30 - k % 200, 'banc' FROM bench_people WHERE role = 'cand' ORDER BY k;
        INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
        SELECT person_id, 'entretien', date '\(asOf)' - 16 - k % 200, 'banc' FROM bench_people WHERE role = 'cand' AND k % 2 = 0 ORDER BY k;

        INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                      home_visits, ehpad_visits, new_referring_patients)
        SELECT bc.centre_id, (date '\(start)' + g * interval '1 month')::date, a.scheduled, a.scheduled / 5,
               20 + (bc.i + g) % 40, CASE WHEN bc.i % 3 = 0 THEN 10 + g % 7 ELSE 0 END, 5 + (bc.i * 7 + g * 3) % 50
        FROM bench_centres bc CROSS JOIN generate_series(0, \(Period.months - 1)) g,
             LATERAL (SELECT 300 + (bc.i * 37 + g * 13) % 400 AS scheduled) a
        WHERE bc.open;
        """)
    try conn.execute("ANALYZE")
}

/// Row counts of what was generated.
struct NetworkSize {
    var centres = 0
    var people = 0
    var healthProfessionals = 0
    var activityRows = 0
}

func networkSize(_ conn: Connection) throws -> NetworkSize {
    let (centres, people, professionals, activity) = try conn.query("""
        SELECT (SELECT count(*) FROM centres), (SELECT count(*) FROM people),
               (SELECT count(*) FROM bench_people WHERE role = 'hp'), (SELECT count(*) FROM monthly_activity)
        """)[0].decode((Int, Int, Int, Int).self)
    return NetworkSize(centres: centres, people: people, healthProfessionals: professionals, activityRows: activity)
}

/// Checks the report against what the generator wrote (bench_people, bench_centres): the
/// benchmark must not time a report that found nothing. Returns the problems found.
func problems(in report: ProgressReport, _ conn: Connection, scale n: Int) throws -> [String] {
    var problems: [String] = []
    func expect<T: Equatable>(_ what: String, _ actual: T, _ expected: T) {
        if actual != expected { problems.append("\(what): \(actual), attendu \(expected)") }
    }
    let asOf = Period.asOf
    let (hired, inPost, fte) = try conn.query("""
        SELECT count(*) FILTER (WHERE hired_on <= \(asOf)),
               count(*) FILTER (WHERE hired_on <= \(asOf) AND (ends_on IS NULL OR ends_on >= \(asOf) OR follow_on <= \(asOf))),
               coalesce(sum(round(hours / 35, 4)) FILTER (WHERE hired_on <= \(asOf)
                            AND (ends_on IS NULL OR ends_on >= \(asOf) OR follow_on <= \(asOf))), 0)::float8
        FROM bench_people WHERE role = 'hp'
        """)[0].decode((Int, Int, Double).self)
    expect("recrutés", report.hired, hired)
    expect("recrutés (133·N)", report.hired, 133 * n)
    expect("en poste", report.inPost, inPost)
    if abs(report.fte - fte) > 1e-6 { problems.append("ETP: \(report.fte), attendu \(fte)") }
    var byProfession: [String: Int] = [:]
    for row in try conn.query("""
        SELECT profession::text, count(*) FROM bench_people WHERE role = 'hp' AND hired_on <= \(asOf) GROUP BY 1
        """) {
        let (profession, count) = try row.decode((String, Int).self)
        byProfession[profession] = count
    }
    expect("par profession", report.hiredByProfession, byProfession)
    expect("par profession (119·N généralistes)", report.hiredByProfession["medecin_generaliste"], 119 * n)
    expect("hors objectif", report.hiredOutsideGoal, ["secretaire_medical": 46 * n])
    expect("total par département", report.hiredByDepartement.values.reduce(0, +), hired)
    expect("départements", report.hiredByDepartement.count, 13)
    expect("centres ouverts", report.centresOpen, 26 * n)
    expect("ouvertures par an", report.openingsByYear, ["2016": 26 * n])
    expect("lignes par centre", report.byCentre.count, 26 * n)
    expect("total des recrutés par centre", report.byCentre.reduce(0) { $0 + $1.hired }, hired)
    var perCentre: [String: Int] = [:]
    for row in try conn.query("""
        SELECT c.name, count(p.k) FROM bench_centres c LEFT JOIN bench_people p
            ON p.centre_idx = c.i AND p.role = 'hp' AND p.hired_on <= \(asOf)
        WHERE c.open GROUP BY c.name
        """) {
        let (name, count) = try row.decode((String, Int).self)
        perCentre[name] = count
    }
    expect("recrutés par centre", Dictionary(uniqueKeysWithValues: report.byCentre.map { ($0.name, $0.hired) }), perCentre)
    // A withheld centre (secret statistique) counts fewer than the minimum cell.
    let published = report.byCentre.compactMap(\.inPost).reduce(0, +)
    let withheld = report.byCentre.filter(\.isWithheld).count
    expect("total des en poste par centre (deux centres comptent double)",
           published + withheld * (CentreFigures.minimumCell - 1) >= inPost, true)
    expect("mois", report.byMonth.count, Period.months)
    expect("premier mois", report.byMonth.first?.month, "2016-11")
    expect("cumul du dernier mois", report.byMonth.last?.cumulative, hired)
    let (scheduled, unscheduled, home, ehpad, patients) = try conn.query("""
        SELECT sum(scheduled_consultations)::int8, sum(unscheduled_consultations)::int8, sum(home_visits)::int8,
               sum(ehpad_visits)::int8, sum(new_referring_patients)::int8 FROM monthly_activity
        """)[0].decode((Int, Int, Int, Int, Int).self)
    expect("activité", report.activity, ActivityTotals(
        scheduledConsultations: scheduled, unscheduledConsultations: unscheduled, homeVisits: home, ehpadVisits: ehpad,
        newReferringPatients: patients))
    if report.activity.scheduledConsultations == 0 { problems.append("aucune consultation") }
    return problems
}
