public import MaSante
public import MaSanteStore

/// A manager imports a planning file, all or nothing: added to the weeks, or replacing the
/// shifts of each centre's week the file names.
public struct ImportPlanningFile {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Reads and checks every line, then writes them in one transaction; `ImportRejected` lists
    /// every bad line and nothing is written.
    public func run(
        _ reader: CSVReader, replace: Bool, reason: String? = nil, force: Bool = false
    ) throws -> EditOutcome {
        try importing { try PlanningImporter(session).run(reader, replace: replace, reason: reason, force: force) }
    }
}
