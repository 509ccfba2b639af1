import MaSanteTerminal

extension Planning {
    struct Exporter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte au format iCalendar (.ics) les services d'une personne ou d'un centre, pour un agenda.",
            discussion:
                "Par défaut : les semaines publiées, de 4 semaines avant à 12 semaines après la semaine en cours. Chaque service garde le même identifiant (UID) d'un export à l'autre : réimporter le fichier met l'agenda à jour sans doublon."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var calendar: CalendarExportOptions
        @Flag(help: "Inclure les semaines encore en brouillon.") var brouillons = false
        @OptionGroup var output: OutputOptions

        func run() throws {
            let period = try calendar.period()
            try output.check(holding: .personal)
            let session = try global.connect()
            let shifts = try CalendarShifts(session).run(
                try calendar.owner(session), in: period, includeDrafts: brouillons)
            try output.emit(
                shifts.ics, holding: .personal, done: "Calendrier (\(shifts.shifts.count) service(s)) écrit")
        }
    }
}
