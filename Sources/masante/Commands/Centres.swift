import MaSanteTerminal

/// `masante centres …`: the network's centres and their opening hours.
struct Centres: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centres de santé : importer, ajouter, lister, modifier.",
        subcommands: [Importer.self, Ajouter.self, Liste.self, Modifier.self]
    )

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe un fichier CSV de centres (tout ou rien).",
            discussion:
                "Colonnes : \(CentreQueries.csvColumns.joined(separator: ";")). Chaque jour contient des plages comme « 08:30-12:30 14:00-19:00 » ; vide = fermé."
        )

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            try arguments.run(.centres, what: "centres")
        }
    }

    struct Ajouter: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ajoute un centre.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Nom du centre.") var nom: String
        @OptionGroup var fields: CentreFields

        func run() throws {
            printSaved(try AddCentre(try global.connect()).run(fields.values(name: nom)), verb: "ajouté")
        }
    }

    struct Modifier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modifie un centre : seules les options données changent.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Nom du centre à modifier.") var nom: String
        @OptionGroup var fields: CentreFields
        @Option(name: .customLong("date-fermeture"), help: "Date de fermeture, avec --statut ferme.") var dateFermeture:
            CalendarDate?

        func run() throws {
            let modify = ModifyCentre(try global.connect())
            printSaved(try modify.run(centre: nom, fields.values(name: nom), closingOn: dateFermeture), verb: "modifié")
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les centres (texte, csv ou json ; le csv se réimporte tel quel).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @Option(help: "Seulement ce statut.") var statut: CentreStatus?
        @Option(help: "Seulement ce département.") var departement: Departement?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(holding: .aggregate, done: "Liste des centres écrite") {
                let listing = try CentreQueries(try global.connect()).list(status: statut, departement: departement)
                return RegistryListings.centres(listing, as: format.format)
            }
        }
    }
}
