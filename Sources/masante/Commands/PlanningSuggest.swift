import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

extension Planning {
    /// `masante planning suggerer`: who could take one slot, ranked, and why (nothing is written).
    struct Suggerer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose qui peut prendre un créneau, classé, avec les raisons (rien n'est enregistré).",
            discussion: """
                Pour chaque personne affectée au centre ce jour-là et dont la profession permet l'activité, le créneau \
                est ajouté à sa semaine (en mémoire seulement) et les règles sont vérifiées avec et sans lui. \
                Possibles d'abord (moins d'avertissements nouveaux, puis la personne que le créneau rapproche le plus \
                de son contrat sans le dépasser), impossibles ensuite avec leurs raisons. \
                Code de sortie 1 quand personne ne peut le prendre. Activités : \(Activity.validCodes).
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(help: "Jour (AAAA-MM-JJ ou JJ/MM/AAAA).") var jour: String
        @Option(help: "Heure de début (HH:MM).") var debut: String
        @Option(help: "Heure de fin (HH:MM).") var fin: String
        @Option(help: "Activité : \(Activity.validCodes).") var activite: String
        @Option(help: "Lieu : l'EHPAD (obligatoire pour une visite en EHPAD) ou le lieu d'une visite.") var lieu: String?
        @Option(help: "Format : texte, csv, json.") var format = "texte"

        func run() throws {
            let format = try OutputFormat.parse(format)
            let day = try parseOption("jour", jour, CalendarDate.parse)
            let start = try parseOption("debut", debut, TimeOfDay.parse)
            let end = try parseOption("fin", fin, TimeOfDay.parse)
            let activity = try parseOption("activite", activite, Activity.parse)
            let slot: CandidateSlot
            do {
                slot = try CandidateSlot(centreID: 0, day: day, from: start, to: end, activity: activity, place: lieu)
            } catch {
                let option = activity == .visiteEHPAD && (lieu ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? "lieu" : "fin"
                throw UserFailure("option --\(option) : \(error.message)", kind: .badData)
            }
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let suggestion = try SuggestSlotTakers(session).run(centre: centre, slot: slot)
            let verdict = Self.conclusion(suggestion)
            switch format {
            case .texte, .html:
                print(Self.heading(suggestion))
                if !suggestion.candidates.isEmpty {
                    print(ListingRenderer(listing: Self.table(suggestion.candidates)).text, terminator: "")
                }
                print(verdict)
            case .csv, .json:
                print(ListingRenderer(listing: Self.data(suggestion.candidates)).render(format), terminator: "")
                if !suggestion.anyonePossible { FileHandle.standardError.write(Data((verdict + "\n").utf8)) }
            }
            if !suggestion.anyonePossible { throw ExitCode(FailureKind.problemsFound.exitStatus) }
        }

        /// `Centre de santé de Millas, mercredi 2 décembre 2026 de 14:00 à 18:00, visite à domicile (semaine 2026-W49, brouillon) :`
        static func heading(_ suggestion: SlotSuggestion) -> String {
            let slot = suggestion.slot
            let place = slot.place.map { " (\($0))" } ?? ""
            let when = ScheduleFrench.period(slot.interval).replacingOccurrences(of: "^le ", with: "", options: .regularExpression)
            return "\(suggestion.centreName), \(when), \(slot.activity.label.lowercased())\(place) "
                + "(semaine \(suggestion.week), \(suggestion.status.label.lowercased())) :"
        }

        /// The closing sentence: how many may take the slot, or that nobody can.
        static func conclusion(_ suggestion: SlotSuggestion) -> String {
            let slot = suggestion.slot
            if suggestion.candidates.isEmpty {
                return "Personne ne peut prendre ce créneau : aucune personne affectée au centre le \(ScheduleFrench.date(slot.day)) n'a une profession qui permet l'activité « \(slot.activity.label.lowercased()) »."
            }
            let possible = suggestion.candidates.filter(\.isPossible).count
            if possible == 0 {
                return "Personne ne peut prendre ce créneau : chacune des \(suggestion.candidates.count) personne(s) envisagée(s) y rencontre un constat bloquant."
            }
            return "\(possible) personne(s) sur \(suggestion.candidates.count) peu(ven)t prendre ce créneau ; rien n'a été enregistré (« masante planning ajouter » pour l'inscrire)."
        }

        /// `4 h → 8 h / 35 h`.
        static func hours(_ candidate: SlotCandidate) -> String {
            let contract = candidate.contractHours.map { ScheduleFrench.duration($0 * 3600) } ?? "sans contrat"
            return "\(ScheduleFrench.duration(candidate.hoursBefore)) → \(ScheduleFrench.duration(candidate.hoursAfter)) / \(contract)"
        }

        /// The text table: rang, personne, profession, heures de la semaine, avis.
        static func table(_ candidates: [SlotCandidate]) -> Listing {
            Listing(columns: ["rang", "personne", "profession", "heures de la semaine (avant → après / contrat)", "avis"],
                    rows: candidates.map { candidate in
                        [.integer(candidate.rank), .text(candidate.person.name), .text(candidate.person.profession.label),
                         .text(hours(candidate)), .text(candidate.advice)]
                    })
        }

        /// The csv and json rows: the same, with hours as numbers.
        static func data(_ candidates: [SlotCandidate]) -> Listing {
            Listing(columns: ["rang", "personne", "profession", "heures_avant", "heures_apres", "heures_contrat", "verdict", "avis"],
                    rows: candidates.map { candidate in
                        [.integer(candidate.rank), .text(candidate.person.name), .text(candidate.person.profession.label),
                         .number(candidate.hoursBefore / 3600), .number(candidate.hoursAfter / 3600),
                         candidate.contractHours.map { .number($0) } ?? .null,
                         .text(candidate.verdict.label), .text(candidate.advice)]
                    })
        }
    }
}
