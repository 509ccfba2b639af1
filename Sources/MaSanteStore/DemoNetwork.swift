import Foundation
import MaSante
package import PQ
import MaSantePostgres

/// The demonstration network: 26 open centres and 3 in the pipeline, 133 fictional health
/// professionals and their secretaries, and four years of monthly activity, reproducing what
/// the Region published on `ProgressQueries.report(asOf: 2026-10-31)`: 26 centres open, 133
/// hires (119 GPs, 10 midwives), over 500,000 consultations and 38,000 new patients with a
/// médecin traitant.
///
/// Everything is generated from `seed` by a generator of its own, so two loads write the same
/// rows; it is loaded in one transaction, centres and staff through ``CentreImporter`` and
/// ``PeopleImporter`` (which find rows again by centre name, RPPS or name), the rest with
/// statements that only write what is missing or different. Loading it again changes nothing.
///
/// It does not refuse a database that already holds other data: it merges into it. A centre
/// of the same name is updated to the demo's description (or the load is refused when its
/// status cannot move to the demo's), and that centre's monthly activity is replaced by the
/// demo's for the months the demo covers. Load it into a database of its own.
///
/// Weekly schedules do not exist yet, so the demo plans no week (the report's "current week"
/// part stays empty).
public struct DemoNetwork {
    package let connection: Connection
    public let seed: UInt64

    package init(connection: Connection, seed: UInt64 = 2022) {
        self.connection = connection
        self.seed = seed
    }

    public init(_ session: Session, seed: UInt64 = 2022) { self.init(connection: session.connection, seed: seed) }

    /// Loads (or tops up) the demo network; returns what it holds and what was written.
    public func load() throws -> DemoSummary {
        let centres = DemoCentres.all
        var random = DemoRandom(seed: seed)
        let staff = try DemoStaff(centres: centres, random: &random)
        let activity = DemoActivity.rows(centres: centres, hires: staff.hires, random: &random)

        return try connection.transaction {
            try claimDatabase(centres: centres, staff: staff)
            var summary = DemoSummary()
            summary.centreImport = try CentreImporter(connection: connection).run(
                records: try centres.enumerated().map { (line: $0.offset + 1, record: try $0.element.record()) })
            summary.peopleImport = try PeopleImporter(connection: connection).run(
                records: try staff.hires.enumerated().map { (line: $0.offset + 1, record: try $0.element.record(centres: centres)) })
            let centreIDs = try self.centreIDs()
            let personIDs = try self.personIDs()
            summary.otherChanges += try writeCentreDetails(centres, ids: centreIDs)
            summary.otherChanges += try writeStaffDetails(staff.hires, centres: centres, centreIDs: centreIDs, personIDs: personIDs)
            summary.otherChanges += try writeCandidates(staff.candidates)
            summary.otherChanges += try writeActivity(activity, centres: centres, ids: centreIDs)

            summary.centres = centres.count
            summary.openCentres = centres.filter { $0.openedOn.map { $0 <= DemoCalendar.horizon } ?? false }.count
            summary.sites = centres.count + centres.filter { $0.antenne != nil }.count
            summary.healthProfessionals = staff.hires.filter { $0.profession.countsTowardGoal }.count
            summary.secretaries = staff.hires.count - summary.healthProfessionals
            summary.candidates = staff.candidates.count
            summary.contracts = staff.hires.count + staff.hires.filter { $0.followOn != nil }.count
            summary.departures = staff.hires.filter(\.leaves).count
            summary.activityMonths = activity.count
            summary.consultations = activity.reduce(0) { $0 + $1.scheduled + $1.unscheduled }
            summary.newReferringPatients = activity.reduce(0) { $0 + $1.newPatients }
            return summary
        }
    }

    // MARK: Whose database

    /// The setting that marks a database as the demo's.
    static let marker = "reseau_demonstration"

    /// Refuses a database holding data of its own: the demo's centres and people would be merged
    /// into it (a real centre sharing a demo name updated). An empty database, or one already
    /// marked, is the demo's; so is one that holds only the demo's centres and RPPS numbers (a
    /// demo loaded before the mark existed).
    private func claimDatabase(centres: [DemoCentre], staff: DemoStaff) throws {
        if try connection.query("SELECT 1 FROM settings WHERE key = \(Self.marker)").count > 0 { return }
        let demoNames = centres.map { $0.name.lowercased() }
        let demoRPPS = (staff.hires.compactMap(\.rpps) + staff.candidates.map(\.rpps)).map(\.digits)
        let (foreignCentres, foreignPeople) = try connection.query("""
            SELECT (SELECT count(*) FROM centres WHERE NOT lower(name) = ANY(\(demoNames))),
                   (SELECT count(*) FROM people WHERE NOT rpps = ANY(\(demoRPPS)))
            """)[0].decode((Int, Int).self)
        guard foreignCentres == 0 && foreignPeople == 0 else {
            throw StoreError.refused("""
                cette base contient déjà des données qui ne viennent pas de la démonstration \
                (\(foreignCentres) centre(s), \(foreignPeople) personne(s)) : la démonstration se charge dans une base vide \
                ou déjà de démonstration, jamais dans une base réelle. Créez-en une à part, par exemple : \
                createdb masante_demo && masante demo --base dbname=masante_demo
                """)
        }
        try connection.execute("""
            INSERT INTO settings (key, value) VALUES (\(Self.marker), jsonb_build_object('graine', \(Int(seed))))
            """)
    }

    // MARK: Lookups

    private func centreIDs() throws -> [String: Int] {
        var ids: [String: Int] = [:]
        for row in try connection.query("SELECT lower(name), id FROM centres") {
            let (name, id) = try row.decode((String, Int).self)
            ids[name] = id
        }
        return ids
    }

    /// People by RPPS, or by `profession NOM prénom` when they have none.
    private func personIDs() throws -> [String: Int] {
        var ids: [String: Int] = [:]
        for row in try connection.query("SELECT id, rpps, lower(last_name), lower(first_name), profession::text FROM people") {
            let (id, rpps, last, first, profession) = try row.decode((Int, String?, String, String, String).self)
            ids[rpps ?? "\(profession) \(last) \(first)"] = id
        }
        return ids
    }

    private static func personKey(_ hire: DemoHire) -> String {
        hire.rpps?.digits ?? "\(hire.profession.rawValue) \(hire.lastName.lowercased()) \(hire.firstName.lowercased())"
    }

    private func id(_ ids: [String: Int], _ key: String) throws -> Int {
        guard let id = ids[key] else { throw StoreError.notFound("démonstration : « \(key) » introuvable après l'import") }
        return id
    }

    // MARK: Centres: lifecycle and sites

    private func writeCentreDetails(_ centres: [DemoCentre], ids: [String: Int]) throws -> Int {
        var written = 0
        for centre in centres {
            let centreID = try id(ids, centre.name.lowercased())
            // The importer dates a status it records for the first time today; the demo has its own dates.
            for (status, date) in centre.history {
                written += try connection.execute("""
                    UPDATE centre_status_events SET effective_on = \(date)
                    WHERE centre_id = \(centreID) AND status = \(status)::centre_status AND effective_on <> \(date)
                    """)
                written += try connection.execute("""
                    INSERT INTO centre_status_events (centre_id, status, effective_on)
                    SELECT \(centreID), \(status)::centre_status, \(date)
                    WHERE NOT EXISTS (SELECT 1 FROM centre_status_events
                                      WHERE centre_id = \(centreID) AND status = \(status)::centre_status)
                    """)
            }
            var sites = [(name: centre.commune, commune: centre.commune, insee: centre.insee, main: true)]
            if let antenne = centre.antenne {
                sites.append((antenne.name, antenne.commune, antenne.insee, false))
            }
            for site in sites {
                written += try connection.execute("""
                    INSERT INTO sites (centre_id, name, commune, insee_code, is_main)
                    SELECT \(centreID), \(site.name)::text, \(site.commune)::text, \(site.insee)::text, \(site.main)
                    WHERE NOT EXISTS (SELECT 1 FROM sites WHERE centre_id = \(centreID) AND name = \(site.name)::text)
                      AND NOT (\(site.main) AND EXISTS (SELECT 1 FROM sites WHERE centre_id = \(centreID) AND is_main))
                    """)
            }
        }
        return written
    }

    // MARK: Staff: what the importer does not record

    /// Departures (stage `parti`), CDIs following a CDD, and second centres.
    private func writeStaffDetails(
        _ hires: [DemoHire], centres: [DemoCentre], centreIDs: [String: Int], personIDs: [String: Int]
    ) throws -> Int {
        var written = 0
        for hire in hires {
            let personID = try id(personIDs, Self.personKey(hire))
            let centreID = try id(centreIDs, centres[hire.centre].name.lowercased())
            if hire.leaves, let end = hire.end {
                let note = hire.kind == .cdd ? "fin de CDD, non renouvelé" : "départ (démission)"
                written += try connection.execute("""
                    INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                    SELECT \(personID), 'parti', \(end), \(note)::text
                    WHERE NOT EXISTS (SELECT 1 FROM recruitment_events WHERE person_id = \(personID) AND stage = 'parti')
                    """)
            }
            if let start = hire.followOn {
                written += try connection.execute("""
                    INSERT INTO contracts (person_id, kind, starts_on, weekly_hours)
                    SELECT \(personID), 'CDI', \(start), \(hire.hours)
                    WHERE NOT EXISTS (SELECT 1 FROM contracts WHERE person_id = \(personID) AND starts_on = \(start))
                    """)
                written += try connection.execute("""
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on)
                    SELECT c.person_id, c.id, \(centreID), c.starts_on FROM contracts c
                    WHERE c.person_id = \(personID) AND c.starts_on = \(start)
                      AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = c.id AND a.centre_id = \(centreID))
                    """)
            }
            if let second = hire.secondCentre {
                let secondID = try id(centreIDs, centres[second.centre].name.lowercased())
                let mainShare = 1 - second.share
                written += try connection.execute("""
                    UPDATE assignments a SET share = \(mainShare)
                    FROM contracts c
                    WHERE c.id = a.contract_id AND c.person_id = \(personID) AND c.starts_on = \(hire.start)
                      AND a.centre_id = \(centreID) AND a.share <> \(mainShare)::numeric(3,2)
                    """)
                written += try connection.execute("""
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, share)
                    SELECT c.person_id, c.id, \(secondID), c.starts_on, \(second.share) FROM contracts c
                    WHERE c.person_id = \(personID) AND c.starts_on = \(hire.start)
                      AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = c.id AND a.centre_id = \(secondID))
                    """)
            }
        }
        return written
    }

    /// Candidates still being recruited (or who gave up): people with dated stages, no contract.
    private func writeCandidates(_ candidates: [DemoCandidate]) throws -> Int {
        var written = 0
        for candidate in candidates {
            written += try connection.execute("""
                INSERT INTO people (last_name, first_name, profession, rpps)
                SELECT \(candidate.lastName)::text, \(candidate.firstName)::text, \(candidate.profession)::profession,
                       \(candidate.rpps.digits)::text
                WHERE NOT EXISTS (SELECT 1 FROM people WHERE rpps = \(candidate.rpps.digits)::text)
                """)
            for (index, (stage, date)) in candidate.stages.enumerated() {
                let note: String? = index == candidate.stages.count - 1 ? candidate.note : nil
                written += try connection.execute("""
                    INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                    SELECT p.id, \(stage)::recruitment_stage, \(date), \(note)::text FROM people p
                    WHERE p.rpps = \(candidate.rpps.digits)::text
                      AND NOT EXISTS (SELECT 1 FROM recruitment_events e WHERE e.person_id = p.id
                                      AND e.stage = \(stage)::recruitment_stage)
                    """)
            }
        }
        return written
    }

    // MARK: Activity

    /// Copies the monthly rows in, then inserts the missing ones and updates those that differ.
    private func writeActivity(_ rows: [DemoActivityRow], centres: [DemoCentre], ids: [String: Int]) throws -> Int {
        try connection.runScript("""
            DROP TABLE IF EXISTS demo_activity;
            CREATE TEMP TABLE demo_activity (
                centre_id bigint, month date, scheduled bigint, unscheduled bigint, home bigint, ehpad bigint, patients bigint
            ) ON COMMIT DROP;
            """)
        let centreIDs = try centres.map { try id(ids, $0.name.lowercased()) }
        try connection.copyIn(table: "demo_activity", columns: [
            "centre_id", "month", "scheduled", "unscheduled", "home", "ehpad", "patients",
        ]) { copy in
            for row in rows {
                try copy.writeRow(centreIDs[row.centre], row.month.first, row.scheduled, row.unscheduled,
                                  row.homeVisits, row.ehpadVisits, row.newPatients)
            }
        }
        return try connection.execute("""
            INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                          home_visits, ehpad_visits, new_referring_patients)
            SELECT centre_id, month, scheduled, unscheduled, home, ehpad, patients FROM demo_activity
            ON CONFLICT (centre_id, month) DO UPDATE SET
                scheduled_consultations = EXCLUDED.scheduled_consultations,
                unscheduled_consultations = EXCLUDED.unscheduled_consultations,
                home_visits = EXCLUDED.home_visits, ehpad_visits = EXCLUDED.ehpad_visits,
                new_referring_patients = EXCLUDED.new_referring_patients,
                recorded_at = now(), recorded_by = current_user
            WHERE (monthly_activity.scheduled_consultations, monthly_activity.unscheduled_consultations,
                   monthly_activity.home_visits, monthly_activity.ehpad_visits, monthly_activity.new_referring_patients)
                  IS DISTINCT FROM
                  (EXCLUDED.scheduled_consultations, EXCLUDED.unscheduled_consultations,
                   EXCLUDED.home_visits, EXCLUDED.ehpad_visits, EXCLUDED.new_referring_patients)
            """)
    }
}

/// What the demo network holds, and what one load wrote.
public struct DemoSummary: Sendable, Hashable {
    /// Centres described (open or not), of which open by the end of October 2026.
    public var centres = 0
    public var openCentres = 0
    /// Main sites and antennes.
    public var sites = 0
    /// Health professionals hired (they count toward the goal) and secretaries.
    public var healthProfessionals = 0
    public var secretaries = 0
    /// People in the recruitment pipeline, never hired.
    public var candidates = 0
    public var contracts = 0
    public var departures = 0
    /// Centre × month rows of activity, and their totals.
    public var activityMonths = 0
    public var consultations = 0
    public var newReferringPatients = 0

    /// What the importers did with the centres and the staff.
    public var centreImport = ImportSummary()
    public var peopleImport = ImportSummary()
    /// Rows written besides the importers (lifecycle, sites, departures, candidates, activity).
    public var otherChanges = 0

    public init() {}

    /// Everyone the demo registers.
    public var people: Int { healthProfessionals + secretaries + candidates }

    /// Whether this load wrote anything (false when the demo was already there).
    public var changedAnything: Bool {
        centreImport.created + centreImport.updated + peopleImport.created + peopleImport.updated + otherChanges > 0
    }
}

// MARK: - Monthly activity

/// One centre's aggregates for one month.
struct DemoActivityRow {
    let centre: Int
    let month: DemoMonth
    let scheduled: Int
    let unscheduled: Int
    let homeVisits: Int
    let ehpadVisits: Int
    let newPatients: Int
}

/// Monthly activity computed from who worked where, month by month.
///
/// A doctor's consultations grow over their first months as the patient list fills (half the
/// mature pace at the start, most of it after six months), dip in summer and at Christmas;
/// midwives see fewer patients; about a fifth of consultations are unscheduled care. New
/// patients declaring a médecin traitant come mostly in a GP's first year, then slow down.
/// Home visits (a few dozen a month per centre, more with a nurse) and EHPAD visits (where a
/// centre follows one) are not consultations. The consultations and new patients are then
/// scaled so that the totals of July 2022 → October 2026 land just above the published
/// figures (over 500,000 and 38,000). With 133 hires over four years those totals mean about
/// 150 consultations a month for an established full-time doctor, well under the 350–450 of a
/// libéral GP: the demo follows the published totals, not the usual pace.
enum DemoActivity {
    static let consultationTotal = 512_000.0
    static let newPatientTotal = 38_400.0
    /// New patients declaring a médecin traitant, at most this share of a month's consultations.
    static let newPatientShareLimit = 0.35

    /// Consultations per FTE-month relative to a GP's mature pace.
    static let pace: [Profession: Double] = [.medecinGeneraliste: 1, .medecinSpecialiste: 0.8, .sageFemme: 0.45]

    /// Activity by calendar month (January first): winter epidemics, spring bridges, summer holidays.
    static let season = [1.06, 1.02, 1.0, 0.96, 0.92, 0.97, 0.86, 0.72, 0.98, 1.02, 1.03, 0.93]

    static func rows(centres: [DemoCentre], hires: [DemoHire], random: inout DemoRandom) -> [DemoActivityRow] {
        let months = Array(DemoCalendar.firstMonth...DemoCalendar.lastMonth)
        let width = months.count
        var consultations = Array(repeating: 0.0, count: centres.count * width)
        var patients = consultations, doctors = consultations, nurses = consultations, midwives = consultations

        for hire in hires where hire.profession.countsTowardGoal {
            let first = DemoCalendar.dayNumber(hire.start)
            let last = DemoCalendar.dayNumber(hire.lastDay.map { min($0, DemoCalendar.horizon) } ?? DemoCalendar.horizon)
            let startMonth = DemoMonth(hire.start)
            for (offset, month) in months.enumerated() where month >= startMonth {
                let overlap = min(last, DemoCalendar.dayNumber(month.last)) - max(first, DemoCalendar.dayNumber(month.first)) + 1
                guard overlap > 0 else { continue }
                let worked = Double(overlap) / Double(month.days) * hire.fte
                let seniority = Double(startMonth.distance(to: month)) + 0.5
                for (centre, share) in hire.shares {
                    let cell = centre * width + offset
                    let presence = worked * share
                    let ramp = 0.5 + 0.5 * (1 - exp(-seniority / 5))
                    consultations[cell] += presence * (pace[hire.profession] ?? 0) * ramp
                    switch hire.profession {
                    case .medecinGeneraliste:
                        patients[cell] += presence * (exp(-seniority / 6) + 0.02)
                        doctors[cell] += presence
                    case .medecinSpecialiste: doctors[cell] += presence
                    case .infirmier: nurses[cell] += presence
                    case .sageFemme: midwives[cell] += presence
                    case .secretaireMedical: break
                    }
                }
            }
        }

        // Per centre and month: season and a little noise, then the scale of the published totals.
        var cells: [(centre: Int, offset: Int)] = []
        for (centre, description) in centres.enumerated() {
            guard let opened = description.openedOn else { continue }
            for (offset, month) in months.enumerated() where month >= DemoMonth(opened) {
                cells.append((centre, offset))
                let cell = centre * width + offset
                consultations[cell] *= season[month.month - 1] * random.around(1, spread: 0.06)
                // A new centre first takes in the backlog of its area's patients without a médecin traitant.
                let backlog = 0.4 + 1.2 * exp(-Double(DemoMonth(opened).distance(to: month)) / 12)
                patients[cell] *= backlog * random.around(1, spread: 0.1)
            }
        }
        let consultationScale = consultationTotal / cells.reduce(0) { $0 + consultations[$1.centre * width + $1.offset] }
        // New patients are at most a share of the month's consultations (each declaration is made
        // during one): find the scale at which the capped total reaches its target.
        func newPatients(_ cell: Int, scale: Double) -> Double {
            min(patients[cell] * scale, consultations[cell] * consultationScale * newPatientShareLimit)
        }
        var low = 0.0, high = 1.0
        while cells.reduce(0, { $0 + newPatients($1.centre * width + $1.offset, scale: high) }) < newPatientTotal, high < 1e12 {
            high *= 2
        }
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if cells.reduce(0, { $0 + newPatients($1.centre * width + $1.offset, scale: middle) }) < newPatientTotal {
                low = middle
            } else {
                high = middle
            }
        }
        let patientScale = high
        let unscheduledShare = centres.map { _ in random.around(0.2, spread: 0.04) }

        return cells.map { centre, offset in
            let cell = centre * width + offset
            let month = months[offset]
            let total = Int((consultations[cell] * consultationScale).rounded())
            let unscheduled = Int((Double(total) * unscheduledShare[centre]).rounded())
            let home = doctors[cell] * random.around(9, spread: 3) + nurses[cell] * random.around(40, spread: 8)
                + midwives[cell] * random.around(6, spread: 2)
            let ehpad = centres[centre].visitsEHPAD ? doctors[cell] * random.around(6, spread: 2) * season[month.month - 1] : 0
            return DemoActivityRow(
                centre: centre, month: month, scheduled: total - unscheduled, unscheduled: unscheduled,
                homeVisits: Int(home.rounded()), ehpadVisits: Int(ehpad.rounded()),
                newPatients: Int(newPatients(cell, scale: patientScale).rounded()))
        }
    }
}
