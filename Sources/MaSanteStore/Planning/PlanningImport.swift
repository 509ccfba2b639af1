import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Imports a planning file (`centre;personne;jour;debut;fin;activite;lieu`), all or nothing:
/// every bad line is reported with its number and nothing is written. By default the file's
/// shifts are added to the weeks; with `replace`, each centre's weeks named in the file are
/// replaced by the file's shifts (what re-importing an edited `planning semaine --format csv` does).
public struct PlanningImporter {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Imports the file read by `reader`.
    public func run(
        _ reader: CSVReader, replace: Bool = false, reason: String? = nil, force: Bool = false
    ) throws -> EditOutcome {
        let collected = try CollectedRecords(
            reader, required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns,
            parse: { line, columns in
                let parsed = PlanningRecord.parse(line, columns: columns)
                return (parsed.record, parsed.issues, [])
            },
            duplicate: { record in
                (
                    key: FrenchText.key("\(record.centre)|\(record.person)|\(record.day)|\(record.start)"),
                    column: "debut",
                    message: {
                        "ligne en double : même centre, même personne, même jour et même début qu'à la ligne \($0)"
                    }
                )
            })
        var issues = collected.issues
        let edit = try self.edit(collected.records, replace: replace, reason: reason, force: force, issues: &issues)
        if !issues.isEmpty { throw issues.rejection() }
        return try PlanningEditor(connection: connection).apply(edit)
    }

    /// Imports records already read (the `planning ajouter` options, a generated week).
    public func run(
        records: [(line: Int, record: PlanningRecord)], replace: Bool = false, reason: String? = nil,
        force: Bool = false
    ) throws -> EditOutcome {
        var issues = IssueCollector()
        let edit = try self.edit(records, replace: replace, reason: reason, force: force, issues: &issues)
        if !issues.isEmpty { throw issues.rejection() }
        return try PlanningEditor(connection: connection).apply(edit)
    }

    /// Resolves centres and people and builds the shifts, collecting a problem per bad line.
    private func edit(
        _ records: [(line: Int, record: PlanningRecord)], replace: Bool, reason: String?, force: Bool,
        issues: inout IssueCollector
    ) throws -> PlanningEdit {
        let centres = try Dictionary(
            connection.query("SELECT lower(name), id FROM centres").map { try $0.decode((String, Int).self) },
            uniquingKeysWith: { first, _ in first })
        let names = try CentreQueries(connection: connection).names()
        let knownCentres = names.joined(separator: ", ")
        let people = PeopleQueries(connection: connection)
        var resolved: [String: Result<Int, StoreError>] = [:]
        var edit = PlanningEdit(reason: reason, force: force)
        var replaced = Set<String>()
        for (line, record) in records {
            let centreID = centres[record.centre.lowercased()]
            if centreID == nil {
                let known = centres.isEmpty ? "aucun" : knownCentres
                issues.add(
                    ImportIssue(
                        line: line, column: "centre",
                        message: "centre inconnu « \(record.centre) » (centres connus : \(known))"))
            }
            let key = record.person.lowercased()
            if resolved[key] == nil {
                do {
                    resolved[key] = .success(try people.find(record.person).id)
                } catch let error as StoreError {
                    resolved[key] = .failure(error)
                }
            }
            var personID: Int?
            switch resolved[key] {
            case .success(let id)?: personID = id
            case .failure(let error)?:
                issues.add(ImportIssue(line: line, column: "personne", message: error.description))
            case nil: break
            }
            guard let centreID, let personID else { continue }
            do {
                let shift = try Shift(
                    personID: personID, centreID: centreID, day: record.day, from: record.start, to: record.end,
                    activity: record.activity, place: record.place)
                edit.add(shift, line: line)
                let week = ISOWeek(containing: shift.start)
                if replace, replaced.insert("\(centreID)|\(week)").inserted {
                    edit.replacing.append(PlanningEdit.ReplacedWeek(centreID: centreID, week: week))
                }
            } catch {
                issues.add(ImportIssue(line: line, column: error.message.contains("EHPAD") ? "lieu" : "fin", error))
            }
        }
        if !issues.isEmpty {
            let references = Dictionary(
                records.map { ($0.line, $0.record.person) }, uniquingKeysWith: { first, _ in first })
            let byPerson = Dictionary(
                edit.additions.map { ($0.shift.personID, references[$0.line] ?? "") },
                uniquingKeysWith: { first, _ in first })
            issues.add(contentsOf: ShiftChecks.overlapsWithin(edit.additions) { byPerson[$0] ?? "n°\($0)" })
        }
        return edit
    }
}
