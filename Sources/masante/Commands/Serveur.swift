import MaSanteTerminal
import MaSanteWeb

/// `masante serveur …`: the web application, and the login it connects with.
struct Serveur: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Application web (connexion de chacun sous son propre rôle PostgreSQL) et son compte de serveur.",
        subcommands: [Lancer.self, Compte.self, RetirerCompte.self],
        defaultSubcommand: Lancer.self
    )

    struct Lancer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sert l'application web jusqu'à Ctrl-C.",
            discussion: """
                --base désigne le compte du serveur (membre de masante_authenticator, créé par « masante serveur compte ») ; \
                chaque personne se connecte ensuite dans le navigateur avec son propre identifiant.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var server: ServerOptions

        func run() throws {
            let conninfo = global.conninfo
            try WebServerLogin.check(conninfo: conninfo)
            let settings = ServerSettings(
                address: server.adresse, port: server.port, conninfo: conninfo, connections: server.connexions)
            print("Application web : http://\(server.adresse):\(server.port) (Ctrl-C pour arrêter)")
            try BlockingTask.run { try await WebApplication.run(settings: settings) }
        }
    }

    struct Compte: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée le compte de connexion du serveur web (réservé aux administrateurs).",
            discussion: "Sans --mot-de-passe-stdin, un mot de passe aléatoire est créé et affiché une seule fois.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Identifiant du compte du serveur (ex. serveur.web).") var identifiant: String
        @OptionGroup var password: PasswordInput

        func run() throws {
            let given = try password.read()
            try AddServerLogin(try global.connect(administration: true)).run(login: identifiant, password: given)
                .lines.forEach { print($0) }
        }
    }

    struct RetirerCompte: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime un compte de serveur web (réservé aux administrateurs).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Identifiant du compte du serveur.") var identifiant: String

        func run() throws {
            print(try RemoveServerLogin(try global.connect(administration: true)).run(login: identifiant))
        }
    }
}
