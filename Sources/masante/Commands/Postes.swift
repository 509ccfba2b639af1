import MaSanteTerminal

/// `masante postes …`: staffing targets per centre and profession, and the vacancies of a day.
struct Postes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Postes des centres : objectif d'effectif par profession (ETP, daté) et postes vacants.",
        subcommands: [Definir.self, Importer.self, Liste.self]
    )

    struct Definir: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fixe l'objectif d'un centre pour une profession, en ETP, à partir d'une date.",
            discussion: """
                L'objectif en vigueur à cette date s'arrête la veille : « --etp 2 --du 01/07/2022 » puis \
                « --etp 3 --du 01/01/2025 » disent qu'un centre ouvert avec deux postes en a trois depuis 2025.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: PostTargetOptions

        func run() throws {
            print(try CentrePosts(try global.connect()).define(target.request))
        }
    }

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe des objectifs de postes (tout ou rien), comme autant de « postes definir ».",
            discussion: "Colonnes : centre;profession;etp;debut (debut vide : aujourd'hui).")

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            try arguments.run(.posts, what: "postes")
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les postes à une date : objectif, ETP pourvus, vacants (texte, csv, json, html, jsonld).",
            discussion: """
                --format jsonld écrit les postes vacants en offres d'emploi schema.org JobPosting, ce que lisent \
                les sites d'emploi et les moteurs de recherche ; --format html, une page imprimable A4.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Date (AAAA-MM-JJ ou JJ/MM/AAAA) ; aujourd'hui par défaut.") var au: CalendarDate?
        @Option(help: "Seulement ce centre.") var centre: String?
        @Flag(help: "Seulement les postes vacants.") var vacants = false
        @OptionGroup var output: FormattedOutput<PostFormat>

        func run() throws {
            try output.emit(holding: .aggregate, done: "Liste des postes écrite") { format in
                let day = au ?? .today()
                let posts = try CentrePosts(try global.connect()).list(on: day, centre: centre, onlyVacant: vacants)
                return PostDocuments(posts, asOf: day).document(format)
            }
        }
    }
}
