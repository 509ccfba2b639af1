import Foundation
import MaSante
import MaSanteStore
import PQ

/// The French text of `masante base etat`.
struct StatusReport {
    let connection: Connection
    let status: MigrationStatus

    var text: String {
        var lines: [String] = []
        if let target = connection.target {
            let place = target.isSocket ? "socket \(target.host) (port \(target.port))" : "\(target.host):\(target.port)"
            lines.append("Connexion : base « \(target.database) » sur \(place), utilisateur « \(target.user) »")
        }
        let version = connection.serverVersion
        lines.append("Serveur : PostgreSQL \(version / 10_000).\(version % 10_000)")
        if let last = status.applied.last {
            lines.append("Schéma : version \(last.name), \(status.applied.count) migration(s) appliquée(s), la dernière le \(FrenchFormat.dateTime(last.appliedAt)) par \(last.appliedBy)")
        } else {
            lines.append("Schéma : vide (aucune migration appliquée)")
        }
        if status.pending.isEmpty {
            lines.append("En attente : aucune")
        } else {
            lines.append("En attente : \(status.pending.count) — lancez « masante base migrer »")
            lines += status.pending.map { "  - \($0.name)" }
        }
        if !status.unknown.isEmpty {
            lines.append("Inconnues de ce binaire (base plus récente que l'outil) : \(status.unknown.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
