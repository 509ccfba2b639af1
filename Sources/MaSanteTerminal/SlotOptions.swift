public import ArgumentParser
import Foundation
public import MaSante
public import MaSanteApp

extension CandidateSlot {
    /// The slot `planning suggerer` is asked about, refused on the option at fault (65): `--lieu`
    /// for a visit to an EHPAD without a place, `--fin` otherwise. The centre comes later.
    public static func options(
        day: CalendarDate, from start: TimeOfDay, to end: TimeOfDay, activity: Activity, place: String?
    ) throws -> CandidateSlot {
        do {
            return try CandidateSlot(centreID: 0, day: day, from: start, to: end, activity: activity, place: place)
        } catch {
            let option =
                activity == .visiteEHPAD && (place ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? "lieu" : "fin"
            throw UserFailure("option --\(option) : \(error.message)", kind: .badData)
        }
    }
}

/// `--jour`, `--debut`, `--fin`, `--activite` and `--lieu` of `planning suggerer`: the slot asked about.
public struct CandidateSlotOptions: ParsableArguments {
    @Option(help: "Jour (AAAA-MM-JJ ou JJ/MM/AAAA).") public var jour: CalendarDate
    @Option(help: "Heure de début (HH:MM).") public var debut: TimeOfDay
    @Option(help: "Heure de fin (HH:MM).") public var fin: TimeOfDay
    @Option(help: "Activité.") public var activite: Activity
    @Option(help: "Lieu : l'EHPAD (obligatoire pour une visite en EHPAD) ou le lieu d'une visite.") public var lieu:
        String?

    public init() {}

    /// The slot refused before connecting, on the option at fault (65).
    public func validate() throws {
        try OptionRefusal.checking { _ = try slot() }
    }

    /// The slot (``CandidateSlot/options(day:from:to:activity:place:)``).
    public func slot() throws -> CandidateSlot {
        try .options(day: jour, from: debut, to: fin, activity: activite, place: lieu)
    }
}
