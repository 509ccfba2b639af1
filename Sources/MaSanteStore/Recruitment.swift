import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Following candidates from first contact to hire (and departure), as dated stage changes.
public struct Recruitment {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Registers a new candidate at the stage `candidat`.
    public func addCandidate(
        lastName: String, firstName: String, profession: Profession, specialty: Specialty?, rpps: RPPS?,
        on date: CalendarDate, note: String?
    ) throws -> PersonReference {
        try connection.transaction {
            if let rpps,
                let owner = try connection.query(
                    "SELECT id, last_name, first_name FROM people WHERE rpps = \(rpps.digits)"
                ).first
            {
                let (id, last, first) = try owner.decode((Int, String, String).self)
                throw StoreError.refused("RPPS \(rpps.digits) déjà attribué à \(last) \(first) (n°\(id))")
            }
            let id = try connection.query(
                """
                INSERT INTO people (last_name, first_name, profession, specialty, rpps)
                VALUES (\(lastName), \(firstName), \(profession), \(specialty?.code), \(rpps?.digits)) RETURNING id
                """
            ).single(Int.self)
            try connection.execute(
                """
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note) VALUES (\(id), 'candidat', \(date), \(note))
                """)
            return PersonReference(id: id, lastName: lastName, firstName: firstName, profession: profession)
        }
    }

    /// Moves a person to `stage` on `date`, if the lifecycle allows it.
    public func move(_ person: PersonReference, to stage: RecruitmentStage, on date: CalendarDate, note: String?) throws
    {
        if stage == .parti {
            throw StoreError.refused(
                "un départ se saisit avec « masante personnel depart » (fin du contrat et de l'affectation)")
        }
        try connection.transaction {
            let latest = try connection.query(
                "SELECT stage, occurred_on FROM people_stage WHERE person_id = \(person.id)"
            ).first
                .map { try $0.decode((RecruitmentStage, CalendarDate).self) }
            if let problem = RecruitmentStage.transitionError(from: latest?.0, to: stage) {
                throw StoreError.refused("\(person.display) : \(problem.message)")
            }
            if let latest, latest.1 > date {
                throw StoreError.refused(
                    "\(person.display) : l'étape « \(stage.label) » du \(date.french) précède l'étape « \(latest.0.label) » du \(latest.1.french)"
                )
            }
            try connection.execute(
                """
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note) VALUES (\(person.id), \(stage), \(date), \(note))
                """)
        }
    }

    /// Everyone with their latest stage and its date, optionally at one stage only.
    public func pipeline(stage: RecruitmentStage?) throws -> Listing {
        let rows = try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, p.rpps, s.stage, s.occurred_on,
                   (SELECT note FROM recruitment_events e WHERE e.person_id = p.id AND e.cycle = s.cycle AND e.stage = s.stage)
            FROM people p JOIN people_stage s ON s.person_id = p.id
            WHERE \(stage)::recruitment_stage IS NULL OR s.stage = \(stage)::recruitment_stage
            ORDER BY s.stage, s.occurred_on, lower(p.last_name)
            """)
        var listing = Listing(columns: ["numero", "nom", "prenom", "profession", "rpps", "etape", "depuis", "note"])
        for row in rows {
            let (id, last, first, profession, rpps, stage, since, note) =
                try row.decode((Int, String, String, Profession, String?, RecruitmentStage, CalendarDate, String?).self)
            listing.rows.append([
                .integer(id), .text(last), .text(first), .text(profession.rawValue), rpps.cell,
                .text(stage.rawValue), .date(since), note.cell,
            ])
        }
        return listing
    }

    /// The dated stages of one person, oldest first.
    public func history(
        of person: PersonReference
    ) throws -> [(stage: RecruitmentStage, on: CalendarDate, note: String?)] {
        try connection.query(
            """
            SELECT stage, occurred_on, note FROM recruitment_events WHERE person_id = \(person.id) ORDER BY cycle, stage
            """
        ).map { try $0.decode((RecruitmentStage, CalendarDate, String?).self) }
    }
}
