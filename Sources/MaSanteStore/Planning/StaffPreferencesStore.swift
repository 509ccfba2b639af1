public import MaSante
import MaSantePostgres
package import PQ

/// People's standing wishes (`staff_preferences`), read by the week planner.
public struct StaffPreferencesStore {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Replaces the preferences of everyone named in the file with the file's lines, all or
    /// nothing; an unknown or ambiguous person is an issue of its line. Returns (lines, people).
    @discardableResult
    public func importFile(_ reader: CSVReader) throws -> (preferences: Int, people: Int) {
        let collected = try CollectedRecords(
            reader, required: StaffPreferenceRecord.requiredColumns, optional: [],
            parse: { line, columns in
                let parsed = StaffPreferenceRecord.parse(line, columns: columns)
                return (parsed.record, parsed.issues, [])
            },
            duplicate: { record in
                (
                    key: FrenchText.key("\(record.person)|\(record.weekday)|\(record.start)|\(record.end)"),
                    column: "debut",
                    message: { "ligne en double : même personne, même jour et mêmes heures qu'à la ligne \($0)" }
                )
            })
        var issues = collected.issues
        var resolved: [(Int, StaffPreferenceRecord)] = []
        let people = PeopleQueries(connection: connection)
        for (line, record) in collected.records {
            switch Result(catching: { try people.find(record.person) }) {
            case .success(let person): resolved.append((person.id, record))
            case .failure(let error): issues.add(ImportIssue(line: line, column: "personne", message: "\(error)"))
            }
        }
        if !issues.isEmpty { throw issues.rejection() }
        let ids = Set(resolved.map(\.0))
        try connection.transaction {
            try connection.execute("DELETE FROM staff_preferences WHERE person_id = ANY(\(Array(ids)))")
            for (person, record) in resolved {
                try connection.execute(
                    """
                    INSERT INTO staff_preferences (person_id, weekday, starts, ends, kind)
                    VALUES (\(person), \(record.weekday.rawValue), \(record.start), \(record.end), \(record.kind.rawValue))
                    """)
            }
        }
        return (resolved.count, ids.count)
    }
}
