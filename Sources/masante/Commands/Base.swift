import MaSanteTerminal

/// `masante base …`: the database schema.
struct Base: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Schéma de la base : appliquer les migrations, voir l'état.",
        subcommands: [Migrer.self, Etat.self]
    )

    struct Migrer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Applique les migrations en attente, chacune dans sa transaction.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let applied = try Migrator(try global.connect(administration: true)).migrate()
            Migrator.lines(applied).forEach { print($0) }
        }
    }

    struct Etat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre la cible de connexion, la version du schéma et les migrations en attente.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (report, failure) = try DatabaseStatus(try global.connect(administration: true)).run()
            print(report.text)
            if let failure { throw failure }
        }
    }
}
