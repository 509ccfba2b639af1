import MaSanteTerminal

/// `masante territoires …`: communes, mountain zone and the ARS zoning.
struct Territoires: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Communes, zone de montagne et zonage de l'ARS (ZIP, ZAC, hors zonage), daté.",
        subcommands: [Importer.self, Liste.self]
    )

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe la liste des communes (zone de montagne) ou le zonage de l'ARS (tout ou rien).",
            discussion: """
                Liste des communes : code_insee;commune;departement;montagne (oui ou non). Zonage de l'ARS : \
                code_insee;commune;zonage;debut;fin (zonage : ZIP, ZAC ou hors zonage ; fin vide : en vigueur). \
                Une commune est reconnue par son code INSEE, une période de zonage par sa commune et son début.
                """)

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            try arguments.run(.territories, what: "territoires")
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les communes, leur zone de montagne et le zonage en vigueur à une date.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Date du zonage (AAAA-MM-JJ ou JJ/MM/AAAA) ; aujourd'hui par défaut.") var au: CalendarDate?
        @Option(help: "Seulement ce département.") var departement: Departement?
        @OptionGroup var output: FormattedOutput<ListFormat>

        func run() throws {
            try output.emit(holding: .aggregate, done: "Liste des communes écrite") { format in
                let listing = try TerritoryQueries(try global.connect()).list(
                    on: au ?? .today(), departement: departement)
                return RegistryListings.communes(listing, as: format.format)
            }
        }
    }
}
