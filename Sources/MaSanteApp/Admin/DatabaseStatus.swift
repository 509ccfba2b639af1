public import MaSanteReports
public import MaSanteStore

/// « État de la base » (`masante base etat`): the connection's target, the server's version and
/// the schema's migrations, applied, pending or unknown; a migration edited after it was applied
/// is refused (70) once the state is shown.
public struct DatabaseStatus {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The report to show, and the failure to end with when an applied migration was edited.
    public func run() throws -> (report: StatusReport, failure: UserFailure?) {
        let status = try Migrator(session).status()
        let target = session.target.map {
            StatusReport.Target(
                host: $0.host, port: $0.port, isSocket: $0.isSocket, database: $0.database, user: $0.user)
        }
        let report = StatusReport(
            target: target, serverVersion: session.serverVersion,
            applied: status.applied.map { StatusReport.Applied(name: $0.name, at: $0.appliedAt, by: $0.appliedBy) },
            pending: status.pending.map(\.name), unknown: status.unknown)
        let failure =
            status.modified.isEmpty
            ? nil : UserFailure(MigrationError.modified(status.modified).description, kind: .internalError)
        return (report, failure)
    }
}
