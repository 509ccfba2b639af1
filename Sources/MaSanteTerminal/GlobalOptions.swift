public import ArgumentParser
import Foundation
public import MaSanteStore

/// Options every command that reaches the database accepts.
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Connexion PostgreSQL (chaîne libpq ou URI postgresql://). Par défaut : MASANTE_BASE, sinon les variables PG*.",
            valueName: "CONNINFO"))
    public var base: String?

    public init() {}

    /// Opens the database, turning a failure into a French message and exit status 69.
    ///
    /// A PostgreSQL superuser bypasses every right and row-level rule: outside the setting-up
    /// work meant for it (`administration`: migrations, logins, the demo), it gets a warning.
    public func connect(administration: Bool = false) throws -> Session {
        let session = try Session.open(conninfo: conninfo, environment: ProcessInfo.processInfo.environment)
        if !administration && session.isSuperuser {
            FileHandle.standardError.write(Data(Self.superuserWarning(session.user ?? "?").utf8))
        }
        return session
    }

    /// `--base`, else `MASANTE_BASE`, else empty (libpq's defaults: the `PG*` variables).
    public var conninfo: String { base ?? ProcessInfo.processInfo.environment["MASANTE_BASE"] ?? "" }

    static func superuserWarning(_ user: String) -> String {
        """
        Attention : vous êtes connecté·e en super-utilisateur PostgreSQL (« \(user) »), qui passe outre \
        les droits de chaque rôle. Réservez-le aux migrations et aux comptes ; pour le travail courant, \
        connectez-vous avec votre propre identifiant (docs/securite.md).

        """
    }
}
