import MaSanteTerminal

extension Personnel {
    /// `masante personnel absence …`: long absences (maternity, long sickness, secondment…).
    struct Absence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Absences longues : maternité, paternité, parental, maladie longue, sans solde, détachement.",
            subcommands: [Ajouter.self, Fin.self, Liste.self])

        struct Ajouter: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Enregistre une absence longue : la personne reste en poste mais n'est plus planifiée.",
                discussion: """
                    L'absence doit tenir dans un contrat et ne pas en chevaucher une autre. Pendant l'absence, la base \
                    refuse tout service de travail et la proposition de planning n'en met aucun ; les services déjà \
                    planifiés deviennent des constats bloquants de leur semaine, à replanifier par le responsable.
                    """)

            @OptionGroup var global: GlobalOptions
            @OptionGroup var absence: LongAbsenceOptions

            func run() throws {
                let request = try absence.request()
                let person = try RecordLongAbsence(try global.connect()).run(request)
                print(request.absence.recorded(for: person))
            }
        }

        struct Fin: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Enregistre le retour d'une personne : son absence longue en cours finit ce jour-là.")

            @OptionGroup var who: PersonChoice
            @Option(help: "Dernier jour d'absence (la personne reprend le lendemain).") var le: CalendarDate

            func run() throws {
                let (person, absence) = try RecordLongAbsence(try who.global.connect()).end(
                    person: who.personne, lastDay: le)
                print(absence.ended(for: person))
            }
        }

        struct Liste: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Liste les absences longues en cours à une date ou à venir.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "Format de sortie.") var format: ListFormat = .texte
            @Option(help: "À partir de ce jour (aujourd'hui par défaut).") var au: CalendarDate?
            @OptionGroup var output: OutputOptions

            func run() throws {
                try output.emit(holding: .personal, done: "Liste des absences écrite") {
                    PersonAbsence.document(
                        try RecordLongAbsence(try global.connect()).list(from: au ?? .today()), format.format)
                }
            }
        }
    }

    /// `masante personnel echeances`: what ends in the coming days.
    struct Echeances: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ce qui arrive à échéance : fins de contrat, retours d'absence longue, fins de période d'essai.",
            discussion: """
                Pour chaque échéance : la date, ce qui finit, la personne à appeler et ses centres (dont le \
                responsable est à prévenir). Périodes d'essai au maximum légal : CDI 4 mois (médecins, sages-femmes), \
                3 mois (infirmiers), 2 mois (secrétaires) ; CDD un jour par semaine, 2 semaines au plus jusqu'à 6 mois \
                de contrat, un mois au-delà.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Horizon en jours à partir d'aujourd'hui (1 à 366).") var jours = 60
        @OptionGroup var output: FormattedOutput<ListFormat>

        func run() throws {
            try output.emit(holding: .personal, done: "Liste des échéances écrite") { format in
                let today = CalendarDate.today()
                let deadlines = try ListDeadlines(try global.connect()).run(days: jours, today: today)
                return PersonDeadline.document(deadlines, format.format, today: today, days: jours)
            }
        }
    }
}
