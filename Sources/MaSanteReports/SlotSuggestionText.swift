import Foundation
public import MaSante

/// Who could take a slot (`planning suggerer`), in French: a heading, the ranked candidates as a
/// table (text) or as data (csv, json, hours as numbers), and the closing verdict.
public struct SlotSuggestionText {
    public var centreName: String
    public var week: ISOWeek
    public var status: WeekStatus
    public var slot: CandidateSlot
    public var candidates: [SlotCandidate]

    public init(centreName: String, week: ISOWeek, status: WeekStatus, slot: CandidateSlot, candidates: [SlotCandidate])
    {
        self.centreName = centreName
        self.week = week
        self.status = status
        self.slot = slot
        self.candidates = candidates
    }

    /// `Centre de santé de Millas, mercredi 2 décembre 2026 de 14:00 à 18:00, visite à domicile (semaine 2026-W49, brouillon) :`
    public var heading: String {
        let place = slot.place.map { " (\($0))" } ?? ""
        let when = ScheduleFrench.period(slot.interval).replacingOccurrences(
            of: "^le ", with: "", options: .regularExpression)
        return "\(centreName), \(when), \(slot.activity.label.lowercased())\(place) "
            + "(semaine \(week), \(status.label.lowercased())) :"
    }

    /// The closing sentence: how many may take the slot, or that nobody can.
    public var conclusion: String {
        if candidates.isEmpty {
            return
                "Personne ne peut prendre ce créneau : aucune personne affectée au centre le \(ScheduleFrench.date(slot.day)) n'a une profession qui permet l'activité « \(slot.activity.label.lowercased()) »."
        }
        let possible = candidates.filter(\.isPossible).count
        if possible == 0 {
            return
                "Personne ne peut prendre ce créneau : chacune des \(candidates.count) personne(s) envisagée(s) y rencontre un constat bloquant."
        }
        return
            "\(possible) personne(s) sur \(candidates.count) peu(ven)t prendre ce créneau ; rien n'a été enregistré (« masante planning ajouter » pour l'inscrire)."
    }

    /// What `planning suggerer` writes in `format`: in text, the heading, the ranked table and the
    /// conclusion; in csv and json, the rows only (the conclusion is for standard error then).
    public func document(_ format: OutputFormat) -> String {
        switch format {
        case .texte, .html:
            heading + "\n" + (candidates.isEmpty ? "" : ListingRenderer(listing: table).text) + conclusion + "\n"
        case .csv, .json:
            ListingRenderer(listing: data).render(format)
        }
    }

    /// The text table: rang, personne, profession, heures de la semaine, avis.
    public var table: Listing {
        Listing(
            columns: ["rang", "personne", "profession", "heures de la semaine (avant → après / contrat)", "avis"],
            rows: candidates.map { candidate in
                [
                    .integer(candidate.rank), .text(candidate.person.name), .text(candidate.person.profession.label),
                    .text(Self.hours(candidate)), .text(candidate.advice),
                ]
            })
    }

    /// The csv and json rows: the same, with hours as numbers.
    public var data: Listing {
        Listing(
            columns: [
                "rang", "personne", "profession", "heures_avant", "heures_apres", "heures_contrat", "verdict", "avis",
            ],
            rows: candidates.map { candidate in
                [
                    .integer(candidate.rank), .text(candidate.person.name), .text(candidate.person.profession.label),
                    .number(candidate.hoursBefore / 3600), .number(candidate.hoursAfter / 3600),
                    candidate.contractHours.map { .number($0) } ?? .null,
                    .text(candidate.verdict.label), .text(candidate.advice),
                ]
            })
    }

    /// `4 h → 8 h / 35 h`.
    static func hours(_ candidate: SlotCandidate) -> String {
        let contract = candidate.contractHours.map { ScheduleFrench.duration($0 * 3600) } ?? "sans contrat"
        return
            "\(ScheduleFrench.duration(candidate.hoursBefore)) → \(ScheduleFrench.duration(candidate.hoursAfter)) / \(contract)"
    }
}
