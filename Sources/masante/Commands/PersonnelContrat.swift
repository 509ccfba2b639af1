import MaSanteTerminal

extension Personnel {
    /// `masante personnel affecter`: a dated share of a person's contract in a centre.
    struct Affecter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affecte une personne à un centre pour une quotité de son contrat, à partir d'une date.",
            discussion: """
                Une personne peut travailler dans plusieurs centres à la fois (60 % ici, 40 % là) : la somme \
                des quotités ne dépasse jamais 100 % du contrat. Une affectation en cours dans ce centre finit \
                la veille et la nouvelle quotité la remplace : l'historique est gardé.
                """)

        @OptionGroup var who: PersonChoice
        @Option(help: "Nom du centre.") var centre: String
        @Option(help: "Quotité du contrat dans ce centre, en % (1 à 100).") var quotite: ContractShare
        @Option(help: "Premier jour de l'affectation.") var du: CalendarDate
        @Option(help: "Dernier jour (sans --au : jusqu'à la fin du contrat).") var au: CalendarDate?

        func run() throws {
            let (person, shares) = try AssignPerson(try who.global.connect()).assign(
                person: who.personne, centre: centre, share: quotite, from: du, to: au)
            print(CentreShare.assigned(person, shares, from: du))
        }
    }

    /// `masante personnel mutation`: a dated move to another centre.
    struct Mutation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistre la mutation d'une personne vers un autre centre, à une date (historique gardé).")

        @OptionGroup var who: PersonChoice
        @Option(help: "Centre d'arrivée.") var vers: String
        @Option(help: "Premier jour dans le nouveau centre.") var le: CalendarDate
        @Option(help: "Centre quitté (obligatoire si la personne travaille dans plusieurs centres).") var depuis:
            String?

        func run() throws {
            let move = try AssignPerson(try who.global.connect()).move(
                person: who.personne, to: vers, from: depuis, on: le)
            print(move.french)
        }
    }

    /// `masante personnel avenant`: a dated change of a person's contract.
    struct Avenant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistre un avenant au contrat : heures, CDD renouvelé ou passé en CDI, à partir d'une date.",
            discussion: """
                Le passé garde ses termes : les ETP et l'effectif en poste d'une date antérieure ne changent \
                pas. Un CDD passé en CDI perd sa date de fin (sauf --date-fin). Les avenants se suivent : \
                chacun prend effet après le précédent.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var amendment: AmendmentOptions

        func run() throws {
            let request = try amendment.request()
            let (person, previous, change) = try AmendContract(try global.connect()).run(request)
            print(change.recorded(for: person, previous: previous))
        }
    }

    /// `masante personnel contrats`: a person's contracts, version by version.
    struct Contrats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche les contrats d'une personne, version par version (chaque avenant ouvre une version).")

        @OptionGroup var who: PersonChoice
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func run() throws {
            let (person, versions) = try AmendContract(try who.global.connect()).versions(person: who.personne)
            print(ContractVersion.document(versions, format.format, of: person), terminator: "")
        }
    }
}
