import ArgumentParser
import Foundation
import MaSanteStore
import PQ

/// Options every command that reaches the database accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Connexion PostgreSQL (chaîne libpq ou URI postgresql://). Par défaut : MASANTE_BASE, sinon les variables PG*.",
        valueName: "CONNINFO"))
    var base: String?

    /// Opens the database, turning a failure into a French message and exit status 69.
    func connect() throws -> Connection {
        let environment = ProcessInfo.processInfo.environment
        let conninfo = Database.conninfo(option: base, environment: environment)
        do {
            return try Database.connect(conninfo: conninfo, environment: environment)
        } catch {
            throw CommandFailure.unreachable(error)
        }
    }
}
