import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import MaSanteTerminal
import MaSanteWeb

/// `masante serveur …`: the web application, and the login it connects with.
struct Serveur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serveur",
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
        @Option(help: "Adresse d'écoute.") var adresse = "127.0.0.1"
        @Option(help: "Port d'écoute.") var port = 8080
        @Option(help: "Connexions à la base (et fils d'exécution qui les servent).") var connexions = 8

        func validate() throws {
            try OptionRefusal.checking {
                guard (1...65535).contains(port) else {
                    throw UserFailure("option --port : un port de 1 à 65535 est attendu (\(port))", kind: .usage)
                }
                guard (1...200).contains(connexions) else {
                    throw UserFailure("option --connexions : de 1 à 200 (\(connexions))", kind: .usage)
                }
            }
        }

        func run() throws {
            let conninfo = global.conninfo
            try WebServerLogin.check(conninfo: conninfo)
            let settings = ServerSettings(address: adresse, port: port, conninfo: conninfo, connections: connexions)
            print("Application web : http://\(adresse):\(port) (Ctrl-C pour arrêter)")
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
            let password = given ?? UserAccounts.generatePassword()
            try AuthenticatorAccounts(try global.connect(administration: true)).create(
                login: identifiant, password: password)
            print("Compte du serveur web « \(identifiant) » créé.")
            if given == nil {
                print("Mot de passe (affiché une seule fois, à ranger dans le ~/.pgpass du serveur) : \(password)")
            }
        }
    }

    struct RetirerCompte: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retirer-compte", abstract: "Supprime un compte de serveur web (réservé aux administrateurs).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Identifiant du compte du serveur.") var identifiant: String

        func run() throws {
            try AuthenticatorAccounts(try global.connect(administration: true)).remove(login: identifiant)
            print("Compte du serveur web « \(identifiant) » supprimé.")
        }
    }
}
