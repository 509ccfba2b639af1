import ArgumentParser
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

/// `masante base …`: the database schema.
struct Base: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "base",
        abstract: "Schéma de la base : appliquer les migrations, voir l'état.",
        subcommands: [Migrer.self, Etat.self]
    )

    struct Migrer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Applique les migrations en attente, chacune dans sa transaction.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let conn = try global.connect(administration: true)
            let applied = try Migrator(conn).migrate()
            if applied.isEmpty {
                print("Base à jour : aucune migration en attente.")
            } else {
                print("\(applied.count) migration(s) appliquée(s) :")
                applied.forEach { print("  - \($0)") }
            }
        }
    }

    struct Etat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre la cible de connexion, la version du schéma et les migrations en attente.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let conn = try global.connect(administration: true)
            let status = try Migrator(conn).status()
            let target = conn.target.map {
                StatusReport.Target(
                    host: $0.host, port: $0.port, isSocket: $0.isSocket, database: $0.database, user: $0.user)
            }
            print(
                StatusReport(
                    target: target, serverVersion: conn.serverVersion,
                    applied: status.applied.map {
                        StatusReport.Applied(name: $0.name, at: $0.appliedAt, by: $0.appliedBy)
                    },
                    pending: status.pending.map(\.name), unknown: status.unknown
                ).text)
            if !status.modified.isEmpty {
                throw UserFailure(MigrationError.modified(status.modified).description, kind: .internalError)
            }
        }
    }
}
