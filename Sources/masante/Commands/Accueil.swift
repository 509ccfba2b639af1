import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

/// `masante accueil …`: each recruit's welcome checklist and the templates it is made from.
struct Accueil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accueil",
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
            commandName: "modele",
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
        @Option(help: "Libellé de l'élément (120 caractères au plus).") var libelle: String
        @Option(help: "Groupe de l'élément.") var groupe: WelcomeGroup
        @Option(help: "Qui s'en charge.") var qui: WelcomeOwner
        @Option(
            parsing: .unconditional,
            help: "Échéance en jours depuis l'embauche, de -90 à 365 (30, J+30 ; -15 : avant l'arrivée).")
        var delai: DueOffset
        @Option(help: "Profession dont le modèle reçoit l'élément (à répéter ; toutes par défaut).")
        var profession: [Profession] = []

        func run() throws {
            let request = try EditWelcomeTemplate.Request(
                label: libelle, group: groupe, owner: qui, offset: delai, professions: profession)
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
            print("Modèle d'accueil : « \(libelle) » retiré de \(removed) modèle(s).")
        }
    }

    struct Ouvrir: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ouvre la liste d'accueil d'une personne embauchée avant (ou importée), depuis son modèle.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: PersonOption
        @Option(help: "Jour d'où comptent les échéances (la date d'embauche par défaut).") var debut: CalendarDate?

        func run() throws {
            let (person, start, count) = try RecruitWelcome(try global.connect()).open(
                person: who.personne, start: debut)
            print(
                "Liste d'accueil ouverte : \(person.display), \(count) élément(s), échéances depuis le \(start.french)."
            )
        }
    }

    struct Voir: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche la liste d'accueil d'une personne, ses éléments numérotés et leur statut.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: PersonOption
        @Option(help: "Jour auquel juger des retards (aujourd'hui par défaut).") var au: CalendarDate?
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func run() throws {
            let checklist = try RecruitWelcome(try global.connect()).checklist(person: who.personne)
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
        @OptionGroup var who: PersonOption
        @Option(help: "L'élément : son numéro (accueil voir) ou une partie de son libellé qui le distingue.")
        var element: String
        @Option(help: "Nouveau statut.") var statut: WelcomeStatus = .fait
        @Option(help: "Jour où c'est fait (aujourd'hui par défaut).") var le: CalendarDate?
        @Option(help: "Note (remplace la précédente).") var note: String?

        func run() throws {
            let request = try RecruitWelcome.Tick(
                person: who.personne, item: element, status: statut, day: le, note: note)
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
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check(holding: .personal)
            let day = au ?? .today()
            let summaries = try RecruitWelcome(try global.connect()).list(
                on: day, centre: centre, lateOnly: enRetard, all: toutes)
            try output.emit(
                WelcomeSummary.document(summaries, format.format, on: day, late: enRetard, all: toutes),
                holding: .personal,
                done: "Liste des accueils écrite")
        }
    }
}
