import MaSanteTerminal

/// `masante accueil …`: each recruit's welcome checklist and the templates it is made from.
struct Accueil: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accueil des recrues : liste d'accueil de chacun (démarches, installation, premier jour), modèles.",
        discussion: """
            L'embauche (personnel ajouter, recrutement etape --etape embauche) ouvre la liste d'accueil de la \
            recrue, copiée du modèle de sa profession ; « accueil ouvrir » l'ouvre pour une personne embauchée avant \
            ou importée. Chaque élément a un intervenant (RH, responsable du centre, commune partenaire), une \
            échéance comptée depuis l'embauche, un statut et une note.
            """,
        subcommands: [Modele.self, Ouvrir.self, Voir.self, Cocher.self, Liste.self]
    )

    /// `accueil modele …`: the templates, one per profession.
    struct Modele: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modèles de liste d'accueil, un par profession : lister, ajouter ou modifier, retirer.",
            subcommands: [ModeleListe.self, ModeleAjouter.self, ModeleRetirer.self])
    }

    struct ModeleListe: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "liste", abstract: "Liste les éléments du modèle d'une profession, ou de toutes.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Seulement cette profession.") var profession: Profession?
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func run() throws {
            let steps = try EditWelcomeTemplate(try global.connect()).steps(of: profession)
            print(TemplateStep.document(steps, format.format), terminator: "")
        }
    }

    struct ModeleAjouter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ajouter",
            abstract: "Ajoute un élément au modèle (ou modifie celui du même libellé).",
            discussion: """
                Sans --profession, l'élément va dans le modèle de chaque profession. Les listes déjà ouvertes ne \
                changent pas : seules les suivantes reçoivent l'élément.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: WelcomeStepOptions

        func run() throws {
            let request = try step.request()
            print(try EditWelcomeTemplate(try global.connect()).run(request).french)
        }
    }

    struct ModeleRetirer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retirer", abstract: "Retire un élément du modèle (les listes déjà ouvertes le gardent).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Libellé de l'élément.") var libelle: String
        @Option(help: "Profession dont le modèle perd l'élément (à répéter ; toutes par défaut).")
        var profession: [Profession] = []

        func run() throws {
            let removed = try EditWelcomeTemplate(try global.connect()).remove(label: libelle, professions: profession)
            print(EditWelcomeTemplate.removed(libelle, from: removed))
        }
    }

    struct Ouvrir: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ouvre la liste d'accueil d'une personne embauchée avant (ou importée), depuis son modèle.")

        @OptionGroup var who: PersonChoice
        @Option(help: "Jour d'où comptent les échéances (la date d'embauche par défaut).") var debut: CalendarDate?

        func run() throws {
            let (person, start, count) = try RecruitWelcome(try who.global.connect()).open(
                person: who.personne, start: debut)
            print(RecruitWelcome.opened(person, start: start, items: count))
        }
    }

    struct Voir: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche la liste d'accueil d'une personne, ses éléments numérotés et leur statut.")

        @OptionGroup var who: PersonChoice
        @Option(help: "Jour auquel juger des retards (aujourd'hui par défaut).") var au: CalendarDate?
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func run() throws {
            let checklist = try RecruitWelcome(try who.global.connect()).checklist(person: who.personne)
            print(checklist.document(format.format, on: au ?? .today()), terminator: "")
        }
    }

    struct Cocher: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Coche un élément de la liste d'accueil d'une personne (fait, sans objet, ou de nouveau à faire).",
            discussion: """
                Un responsable de centre coche, pour le personnel de ses centres, les éléments dont il est \
                l'intervenant (responsable) ; les RH cochent tous les éléments.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var tick: WelcomeTickOptions

        func run() throws {
            let request = try tick.request()
            let (person, item) = try RecruitWelcome(try global.connect()).tick(request)
            print(item.ticked(for: person))
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les accueils en cours (ou en retard) : où en est chaque recrue, le prochain élément.")

        @OptionGroup var global: GlobalOptions
        @Flag(name: .customLong("en-retard"), help: "Seulement les listes dont un élément a passé son échéance.")
        var enRetard = false
        @Flag(help: "Aussi les listes terminées.") var toutes = false
        @Option(help: "Seulement le personnel de ce centre (son nom, ou une partie qui le distingue).")
        var centre: String?
        @Option(help: "Jour auquel juger (aujourd'hui par défaut).") var au: CalendarDate?
        @OptionGroup var output: FormattedOutput<ListFormat>

        func run() throws {
            try output.emit(holding: .personal, done: "Liste des accueils écrite") { format in
                let day = au ?? .today()
                let summaries = try RecruitWelcome(try global.connect()).list(
                    on: day, centre: centre, lateOnly: enRetard, all: toutes)
                return WelcomeSummary.document(summaries, format.format, on: day, late: enRetard, all: toutes)
            }
        }
    }
}
