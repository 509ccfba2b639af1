import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Writes a demonstration network (`MaSanteDemo`'s ``NetworkHistory``) in one transaction:
/// centres and staff through ``CentreImporter`` and ``PeopleImporter`` (which find rows again by
/// centre name, RPPS or name), the rest with statements that only write what is missing or
/// different, so writing it again changes nothing.
///
/// A database holding data of its own is refused (see `claimDatabase`): the demo would merge
/// into it. An empty database, or one already marked as the demo's, is fine.
public struct DemoNetworkWriter {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }

    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Loads (or tops up) the network; returns what it holds and what was written.
    public func load(_ network: NetworkHistory) throws -> DemoSummary {
        let centres = network.centres, hires = network.hires, activity = network.activity
        return try connection.transaction {
            try claimDatabase(network)
            var summary = DemoSummary()
            try TerritoryImporter(connection: connection).run(
                records: network.communes.enumerated().map { (line: $0.offset + 1, record: $0.element) },
                communes: true, zonings: true)
            summary.centreImport = try CentreImporter(connection: connection).run(
                records: centres.enumerated().map { (line: $0.offset + 1, record: $0.element.record) })
            summary.peopleImport = try PeopleImporter(connection: connection, keepsRecordedTerms: true).run(
                records: hires.enumerated().map { (line: $0.offset + 1, record: $0.element.record) })
            let centreIDs = try self.centreIDs()
            let personIDs = try self.personIDs()
            summary.otherChanges += try writeCentreDetails(centres, ids: centreIDs)
            summary.otherChanges += try writeStaffDetails(hires, centreIDs: centreIDs, personIDs: personIDs)
            summary.otherChanges += try writeLaterChanges(hires, centreIDs: centreIDs, personIDs: personIDs)
            summary.otherChanges += try writeCandidates(network.candidates)
            summary.otherChanges += try writeWelcomes(network.welcomes, personIDs: personIDs)
            summary.otherChanges += try writeActivity(activity, ids: centreIDs)
            summary.otherChanges += try writePosts(network.posts, ids: centreIDs)

            summary.centres = centres.count
            summary.openCentres = centres.filter { $0.record.openedOn.map { $0 <= network.horizon } ?? false }.count
            summary.sites = centres.count + centres.filter { $0.antenne != nil }.count
            summary.healthProfessionals = hires.filter { $0.record.profession.countsTowardGoal }.count
            summary.secretaries = hires.count - summary.healthProfessionals
            summary.candidates = network.candidates.count
            summary.contracts =
                hires.count + hires.filter { $0.followOn != nil }.count + hires.filter { $0.rehire != nil }.count
            summary.amendments = hires.reduce(0) { $0 + $1.amendments.count }
            summary.rehires = hires.filter { $0.rehire != nil }.count
            summary.departures = hires.filter(\.leaves).count
            summary.activityMonths = activity.count
            summary.consultations = activity.reduce(0) { $0 + $1.scheduledConsultations + $1.unscheduledConsultations }
            summary.newReferringPatients = activity.reduce(0) { $0 + $1.newReferringPatients }
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
    private func claimDatabase(_ network: NetworkHistory) throws {
        if try connection.query("SELECT 1 FROM settings WHERE key = \(Self.marker)").count > 0 { return }
        let demoNames = network.centres.map { $0.record.name.lowercased() }
        let demoRPPS = (network.hires.compactMap(\.record.rpps) + network.candidates.map(\.rpps)).map(\.digits)
        let (foreignCentres, foreignPeople) = try connection.query(
            """
            SELECT (SELECT count(*) FROM centres WHERE NOT lower(name) = ANY(\(demoNames))),
                   (SELECT count(*) FROM people WHERE NOT rpps = ANY(\(demoRPPS)))
            """)[0].decode((Int, Int).self)
        guard foreignCentres == 0 && foreignPeople == 0 else {
            throw StoreError.refused(
                """
                cette base contient déjà des données qui ne viennent pas de la démonstration \
                (\(foreignCentres) centre(s), \(foreignPeople) personne(s)) : la démonstration se charge dans une base vide \
                ou déjà de démonstration, jamais dans une base réelle. Créez-en une à part, par exemple : \
                createdb masante_demo && masante demo --base dbname=masante_demo
                """)
        }
        try connection.execute(
            """
            INSERT INTO settings (key, value) VALUES (\(Self.marker), jsonb_build_object('graine', \(Int(network.seed))))
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
        for row in try connection.query(
            "SELECT id, rpps, lower(last_name), lower(first_name), profession::text FROM people")
        {
            let (id, rpps, last, first, profession) = try row.decode((Int, String?, String, String, String).self)
            ids[rpps ?? "\(profession) \(last) \(first)"] = id
        }
        return ids
    }

    static func personKey(_ person: PersonRecord) -> String {
        person.rpps?.digits
            ?? "\(person.profession.rawValue) \(person.lastName.lowercased()) \(person.firstName.lowercased())"
    }

    func id(_ ids: [String: Int], _ key: String) throws -> Int {
        guard let id = ids[key] else {
            throw StoreError.notFound("démonstration : « \(key) » introuvable après l'import")
        }
        return id
    }

    // MARK: Posts

    private func writePosts(_ posts: [NetworkHistory.Post], ids: [String: Int]) throws -> Int {
        var written = 0
        for post in posts {
            let outcome = try PostQueries(connection: connection).define(
                centre: try id(ids, post.centre.lowercased()), profession: post.profession,
                fte: try PostFTE.parse(String(post.fte)), from: post.from)
            if outcome != .unchanged { written += 1 }
        }
        return written
    }

    // MARK: Centres: lifecycle and sites

    private func writeCentreDetails(_ centres: [NetworkHistory.Centre], ids: [String: Int]) throws -> Int {
        var written = 0
        for centre in centres {
            let centreID = try id(ids, centre.record.name.lowercased())
            // The importer dates a status it records for the first time today; the demo has its own dates.
            for (status, date) in centre.history {
                written += try connection.execute(
                    """
                    UPDATE centre_status_events SET effective_on = \(date)
                    WHERE centre_id = \(centreID) AND status = \(status)::centre_status AND effective_on <> \(date)
                    """)
                written += try connection.execute(
                    """
                    INSERT INTO centre_status_events (centre_id, status, effective_on)
                    SELECT \(centreID), \(status)::centre_status, \(date)
                    WHERE NOT EXISTS (SELECT 1 FROM centre_status_events
                                      WHERE centre_id = \(centreID) AND status = \(status)::centre_status)
                    """)
            }
            var sites = [
                (
                    name: centre.record.commune, commune: centre.record.commune, insee: centre.record.insee.code,
                    main: true
                )
            ]
            if let antenne = centre.antenne {
                sites.append((antenne.name, antenne.commune, antenne.insee, false))
            }
            for site in sites {
                written += try connection.execute(
                    """
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

    /// Departures (stage `parti`), CDIs following a CDD, second centres and long absences.
    private func writeStaffDetails(
        _ hires: [NetworkHistory.Hire], centreIDs: [String: Int], personIDs: [String: Int]
    ) throws -> Int {
        var written = 0
        for hire in hires {
            let contract = hire.record.contract
            let personID = try id(personIDs, Self.personKey(hire.record))
            let centreID = try id(centreIDs, hire.record.centre.lowercased())
            if hire.leaves, let end = contract.end {
                let note = contract.type == .cdd ? "fin de CDD, non renouvelé" : "départ (démission)"
                written += try connection.execute(
                    """
                    INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                    SELECT \(personID), 'parti', \(end), \(note)::text
                    WHERE NOT EXISTS (SELECT 1 FROM recruitment_events WHERE person_id = \(personID) AND stage = 'parti')
                    """)
            }
            if let start = hire.followOn {
                written += try connection.execute(
                    """
                    INSERT INTO contracts (person_id, kind, starts_on, weekly_hours)
                    SELECT \(personID), 'CDI', \(start), \(contract.weeklyHours)
                    WHERE NOT EXISTS (SELECT 1 FROM contracts WHERE person_id = \(personID) AND starts_on = \(start))
                    """)
                written += try connection.execute(
                    """
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on)
                    SELECT c.person_id, c.id, \(centreID), c.starts_on FROM contracts c
                    WHERE c.person_id = \(personID) AND c.starts_on = \(start)
                      AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = c.id AND a.centre_id = \(centreID))
                    """)
            }
            if let absence = hire.longAbsence {
                written += try connection.execute(
                    """
                    INSERT INTO long_absences (person_id, kind, starts_on, ends_on)
                    SELECT \(personID), \(absence.kind), \(absence.start), \(absence.end)
                    WHERE NOT EXISTS (SELECT 1 FROM long_absences WHERE person_id = \(personID))
                    """)
            }
            if let second = hire.secondCentre {
                let secondID = try id(centreIDs, second.centre.lowercased())
                let mainShare = 1 - second.share
                written += try connection.execute(
                    """
                    UPDATE assignments a SET share = \(mainShare)
                    FROM contracts c
                    WHERE c.id = a.contract_id AND c.person_id = \(personID) AND c.starts_on = \(contract.start)
                      AND a.centre_id = \(centreID) AND a.share <> \(mainShare)::numeric(3,2)
                    """)
                written += try connection.execute(
                    """
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, share)
                    SELECT c.person_id, c.id, \(secondID), c.starts_on, \(second.share) FROM contracts c
                    WHERE c.person_id = \(personID) AND c.starts_on = \(contract.start)
                      AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = c.id AND a.centre_id = \(secondID))
                    """)
            }
        }
        return written
    }

    /// Candidates still being recruited (or who gave up): people with dated stages, no contract.
    private func writeCandidates(_ candidates: [NetworkHistory.Candidate]) throws -> Int {
        var written = 0
        for candidate in candidates {
            written += try connection.execute(
                """
                INSERT INTO people (last_name, first_name, profession, rpps)
                SELECT \(candidate.lastName)::text, \(candidate.firstName)::text, \(candidate.profession)::profession,
                       \(candidate.rpps.digits)::text
                WHERE NOT EXISTS (SELECT 1 FROM people WHERE rpps = \(candidate.rpps.digits)::text)
                """)
            for (index, (stage, date)) in candidate.stages.enumerated() {
                let note: String? = index == candidate.stages.count - 1 ? candidate.note : nil
                written += try connection.execute(
                    """
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

    // MARK: Welcome

    /// The latest recruits' checklists, opened from the templates the migration seeds, their items
    /// closed as ``NetworkHistory/Welcome`` says; a checklist already there is left as it is.
    private func writeWelcomes(_ welcomes: [NetworkHistory.Welcome], personIDs: [String: Int]) throws -> Int {
        var written = 0
        for welcome in welcomes {
            let personID = try id(personIDs, Self.personKey(welcome.record))
            let opened = try connection.query(
                """
                WITH opened AS (
                    INSERT INTO welcome_checklists (person_id, starts_on)
                    SELECT \(personID), \(welcome.start)
                    WHERE NOT EXISTS (SELECT 1 FROM welcome_checklists WHERE person_id = \(personID))
                    RETURNING id, person_id)
                INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset)
                SELECT o.id, o.person_id, t.label, t.item_group, t.owner, t.due_offset
                FROM opened o JOIN people p ON p.id = o.person_id JOIN welcome_template_items t ON t.profession = p.profession
                RETURNING id
                """
            ).count
            guard opened > 0 else { continue }
            written += opened
            let pending = welcome.pending.map { "%\($0)%" }, setAside = welcome.notApplicable.map { "%\($0)%" }
            try connection.execute(
                """
                UPDATE welcome_items SET status = 'sans_objet', done_on = \(welcome.start)
                WHERE person_id = \(personID) AND label ILIKE ANY(\(setAside))
                """)
            try connection.execute(
                """
                UPDATE welcome_items i SET status = 'fait', done_on = c.starts_on + i.due_offset
                FROM welcome_checklists c
                WHERE c.id = i.checklist_id AND c.person_id = \(personID) AND i.status = 'a_faire'
                  AND c.starts_on + i.due_offset <= \(welcome.closedThrough) AND NOT i.label ILIKE ANY(\(pending))
                """)
            try connection.execute(
                """
                UPDATE welcome_items SET note = \(welcome.pendingNote)
                WHERE person_id = \(personID) AND label ILIKE ANY(\(pending))
                """)
        }
        return written
    }

    // MARK: Activity

    /// Copies the monthly rows in, then inserts the missing ones and updates those that differ.
    private func writeActivity(_ rows: [ActivityRecord], ids: [String: Int]) throws -> Int {
        try connection.runScript(
            """
            DROP TABLE IF EXISTS demo_activity;
            CREATE TEMP TABLE demo_activity (
                centre_id bigint, month date, scheduled bigint, unscheduled bigint, home bigint, ehpad bigint, patients bigint
            ) ON COMMIT DROP;
            """)
        try connection.copyIn(
            table: "demo_activity",
            columns: [
                "centre_id", "month", "scheduled", "unscheduled", "home", "ehpad", "patients",
            ]
        ) { copy in
            for row in rows {
                try copy.writeRow(
                    try id(ids, row.centre.lowercased()), row.month, row.scheduledConsultations,
                    row.unscheduledConsultations, row.homeVisits, row.ehpadVisits, row.newReferringPatients)
            }
        }
        return try connection.execute(
            """
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
    /// Amendments of those contracts, people who left, and people who left then were hired again.
    public var amendments = 0
    public var departures = 0
    public var rehires = 0
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
