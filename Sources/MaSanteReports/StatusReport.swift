public import Foundation

/// The French text of `masante base etat`: where the connection goes, the server, the schema's
/// version and the migrations still to apply.
///
/// Made of plain values, so that rendering it needs no connection:
///
/// ```swift
/// let report = StatusReport(target: .init(host: "/tmp", port: "5432", isSocket: true, database: "masante", user: "rh"),
///                           serverVersion: 170_002, applied: applied, pending: ["0013_next"], unknown: [])
/// print(report.text)
/// ```
public struct StatusReport: Sendable {
    /// Where a connection goes.
    public struct Target: Sendable {
        public var host: String
        public var port: String
        /// The host is a Unix socket's folder.
        public var isSocket: Bool
        public var database: String
        public var user: String

        public init(host: String, port: String, isSocket: Bool, database: String, user: String) {
            self.host = host
            self.port = port
            self.isSocket = isSocket
            self.database = database
            self.user = user
        }
    }

    /// A migration the database has recorded.
    public struct Applied: Sendable {
        public var name: String
        public var at: Date
        /// The login that applied it.
        public var by: String

        public init(name: String, at: Date, by: String) {
            self.name = name
            self.at = at
            self.by = by
        }
    }

    /// Nil when the connection cannot tell.
    public var target: Target?
    /// As libpq gives it: `170002` for 17.2.
    public var serverVersion: Int
    /// In the order they were applied.
    public var applied: [Applied]
    /// The names of the migrations this binary has and the database has not.
    public var pending: [String]
    /// The names of the migrations the database has and this binary does not.
    public var unknown: [String]

    public init(target: Target?, serverVersion: Int, applied: [Applied], pending: [String], unknown: [String]) {
        self.target = target
        self.serverVersion = serverVersion
        self.applied = applied
        self.pending = pending
        self.unknown = unknown
    }

    /// The lines, without a final line break.
    public var text: String {
        var lines: [String] = []
        if let target {
            let place =
                target.isSocket ? "socket \(target.host) (port \(target.port))" : "\(target.host):\(target.port)"
            lines.append("Connexion : base « \(target.database) » sur \(place), utilisateur « \(target.user) »")
        }
        lines.append("Serveur : PostgreSQL \(serverVersion / 10_000).\(serverVersion % 10_000)")
        if let last = applied.last {
            lines.append(
                "Schéma : version \(last.name), \(applied.count) migration(s) appliquée(s), la dernière le \(FrenchFormat.dateTime(last.at)) par \(last.by)"
            )
        } else {
            lines.append("Schéma : vide (aucune migration appliquée)")
        }
        if pending.isEmpty {
            lines.append("En attente : aucune")
        } else {
            lines.append("En attente : \(pending.count) — lancez « masante base migrer »")
            lines += pending.map { "  - \($0)" }
        }
        if !unknown.isEmpty {
            lines.append("Inconnues de ce binaire (base plus récente que l'outil) : \(unknown.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
