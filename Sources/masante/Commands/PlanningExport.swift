import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning {
    struct Exporter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte au format iCalendar (.ics) les services d'une personne ou d'un centre, pour un agenda.",
            discussion:
                "Par défaut : les semaines publiées, de 4 semaines avant à 12 semaines après la semaine en cours. Chaque service garde le même identifiant (UID) d'un export à l'autre : réimporter le fichier met l'agenda à jour sans doublon."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format : ics.") var format = "ics"
        @Option(help: "La personne : RPPS, numéro ou « NOM Prénom ».") var personne: String?
        @Option(help: ArgumentHelp(centreOptionHelp + " Tout son personnel.")) var centre: String?
        @Option(help: ArgumentHelp("Une seule semaine. " + weekOptionHelp + ".")) var semaine: ISOWeek?
        @Option(help: "Premier jour exporté (AAAA-MM-JJ).") var du: CalendarDate?
        @Option(help: "Dernier jour exporté (AAAA-MM-JJ).") var au: CalendarDate?
        @Flag(help: "Inclure les semaines encore en brouillon.") var brouillons = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard format.lowercased() == "ics" else {
                throw ValidationError("format inconnu « \(format) » : valeurs possibles ics")
            }
            guard personne == nil || centre == nil else {
                throw ValidationError("indiquez soit --personne, soit --centre, pas les deux")
            }
            guard semaine == nil || (du == nil && au == nil) else {
                throw ValidationError("--semaine ou bien --du/--au, pas les deux")
            }
            try OptionRefusal.checking { _ = try CalendarShifts.period(week: semaine, first: du, last: au) }
        }

        func run() throws {
            let period = try CalendarShifts.period(week: semaine, first: du, last: au)
            try output.check(holding: .personal)
            let session = try global.connect()
            let owner: CalendarShifts.Owner =
                if let personne { .person(personne) } else { .centre(try MyCentres(session).centre(option: centre)) }
            let calendar = try CalendarShifts(session).run(owner, in: period, includeDrafts: brouillons)
            let events = calendar.shifts.map(ShiftEvents(forPerson: calendar.isPersonal).event)
            try output.emit(
                ICalendarWriter(name: "Planning — \(calendar.ownerName)").render(events), holding: .personal,
                done: "Calendrier (\(events.count) service(s)) écrit")
        }
    }
}
