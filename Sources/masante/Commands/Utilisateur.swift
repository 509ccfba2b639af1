import MaSanteTerminal

/// `masante utilisateur …`: logins of the GIP's staff, managers and the Region (admin only).
struct Utilisateur: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Comptes de connexion : ajouter, lister, retirer (réservé aux administrateurs).",
        subcommands: [Ajouter.self, Liste.self, Retirer.self]
    )

    struct Ajouter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Crée un compte dans un rôle (admin, rh, responsable, region) ; un responsable est rattaché à ses centres.",
            discussion: """
                Sans --mot-de-passe-stdin, un mot de passe aléatoire est créé et affiché une seule fois. \
                Le mot de passe est chiffré (SCRAM-SHA-256) avant d'être envoyé au serveur.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Identifiant de connexion (a-z, 0-9, « _ . - », commençant par une lettre).") var identifiant:
            String
        @Option(help: "Rôle du compte.") var role: UserRole
        @Option(help: "Centre dirigé (responsable ; répéter l'option pour plusieurs centres).") var centre: [String] =
            []
        @OptionGroup var password: PasswordInput

        func run() throws {
            let given = try password.read()
            let outcome = try AddUser(try global.connect(administration: true))
                .run(.init(login: identifiant, role: role, password: given, centres: centre))
            outcome.lines.forEach { print($0) }
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les comptes de cette base (ceux qui peuvent s'y connecter) et leurs centres.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormattedOutput<ListFormat>

        func run() throws {
            try output.emit(holding: .personal, done: "Liste des comptes écrite") { format in
                UserAccount.document(try ListUsers(try global.connect(administration: true)).run(), format.format)
            }
        }
    }

    struct Retirer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime un compte (ses rattachements aux centres aussi).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Identifiant du compte à supprimer.") var identifiant: String

        func run() throws {
            try RemoveUser(try global.connect(administration: true)).run(login: identifiant)
            print(RemoveUser.removed(identifiant))
        }
    }
}
