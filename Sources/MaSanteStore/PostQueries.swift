public import MaSante
import MaSantePostgres
package import PQ

/// What defining a post target did.
public enum PostDefinition: Sendable, Hashable {
    /// A new target from that day; `closed` is the previous target, now ending the day before.
    case created(closed: Double?)
    /// The target starting that day had another value.
    case updated(previous: Double)
    case unchanged
}

/// Posts: staffing targets per centre and profession, dated, and the vacancies of a day.
public struct PostQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Sets the target of a centre and profession from `day` on. The target in force that day
    /// ends the day before; a later target, if any, still starts when it did (the new one ends
    /// the day before it).
    public func define(
        centre: Int, profession: Profession, fte: PostFTE, from day: CalendarDate
    ) throws
        -> PostDefinition
    {
        try connection.transaction {
            try connection.execute(
                "SELECT 1 FROM centres WHERE id = \(centre) FOR UPDATE")
            let same = try connection.query(
                """
                SELECT fte::float8 FROM post_targets
                WHERE centre_id = \(centre) AND profession = \(profession) AND valid_from = \(day)
                """
            ).first.map { try $0.decode(Double.self) }
            if let same {
                guard same != fte.value else { return .unchanged }
                try connection.execute(
                    """
                    UPDATE post_targets SET fte = \(fte.value)::numeric, recorded_at = now(), recorded_by = masante_actor()
                    WHERE centre_id = \(centre) AND profession = \(profession) AND valid_from = \(day)
                    """)
                return .updated(previous: same)
            }
            let closed = try connection.query(
                """
                UPDATE post_targets SET valid_to = \(day)::date - 1
                WHERE centre_id = \(centre) AND profession = \(profession) AND valid_from < \(day)
                  AND (valid_to IS NULL OR valid_to >= \(day))
                RETURNING fte::float8
                """
            ).first.map { try $0.decode(Double.self) }
            try connection.execute(
                """
                INSERT INTO post_targets (centre_id, profession, fte, valid_from, valid_to)
                SELECT \(centre), \(profession), \(fte.value)::numeric, \(day),
                       (SELECT min(valid_from) - 1 FROM post_targets
                        WHERE centre_id = \(centre) AND profession = \(profession) AND valid_from > \(day))
                """)
            return .created(closed: closed)
        }
    }

    /// Loads a posts file (`centre;profession;etp;debut`), all or nothing: each line is a
    /// ``define(centre:profession:fte:from:)``; a centre is named exactly (case aside).
    @discardableResult
    public func run(_ reader: CSVReader) throws -> ImportSummary {
        let today = CalendarDate.today()
        let file = try CollectedRecords(
            reader, required: PostRecord.requiredColumns, optional: PostRecord.optionalColumns,
            parse: { line, columns in
                let parsed = PostRecord.parse(line, columns: columns, today: today)
                return (parsed.record, parsed.issues, [])
            },
            duplicate: { record in
                (
                    "\(FrenchText.key(record.centre))|\(record.profession.rawValue)|\(record.from)", "debut",
                    { "objectif de \(record.centre) pour cette profession et ce jour déjà donné ligne \($0)" }
                )
            })
        var issues = file.issues
        var ids: [String: Int] = [:]
        for row in try connection.query("SELECT lower(name), id FROM centres") {
            let (name, id) = try row.decode((String, Int).self)
            ids[name] = id
        }
        for (line, record) in file.records where ids[record.centre.lowercased()] == nil {
            issues.add(ImportIssue(line: line, column: "centre", message: "centre inconnu « \(record.centre) »"))
        }
        guard issues.isEmpty else { throw issues.rejection() }
        return try connection.transaction {
            var summary = ImportSummary()
            summary.lines = file.records.count
            for (_, record) in file.records {
                switch try define(
                    centre: ids[record.centre.lowercased()]!, profession: record.profession, fte: record.fte,
                    from: record.from)
                {
                case .created: summary.created += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
            }
            return summary
        }
    }

    /// The posts in force on `day` that this login may read, by département, centre and
    /// profession; with `onlyVacant`, those with a vacancy only.
    public func vacancies(on day: CalendarDate, centre: Int? = nil, onlyVacant: Bool = false) throws -> [PostVacancy] {
        try connection.query(
            """
            SELECT c.name, c.commune, c.insee_code, c.departement, v.profession, v.valid_from,
                   v.target_fte::float8, v.staffed_fte::float8, v.vacant_fte::float8
            FROM post_vacancies(\(day)) v JOIN centres c ON c.id = v.centre_id
            WHERE (\(centre)::bigint IS NULL OR c.id = \(centre)::bigint) AND (NOT \(onlyVacant) OR v.vacant_fte > 0)
            ORDER BY c.departement, lower(c.name), v.profession
            """
        ).map { row in
            let (name, commune, insee, dep, profession, since, target, staffed, vacant) = try row.decode(
                (String, String, String, String, Profession, CalendarDate, Double, Double, Double).self)
            return PostVacancy(
                centre: name, commune: commune, insee: insee, departement: dep, profession: profession, since: since,
                target: target, staffed: staffed, vacant: vacant)
        }
    }
}
