import ArgumentParser
import Foundation
import MaSante
import MaSanteStore

/// Options naming existing shifts: by id, or by centre, person, day and (for one shift) start.
struct ShiftSelection: ParsableArguments {
    @Option(help: "Identifiant du service (colonne id de « planning semaine --format json »).") var id: String?
    @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
    @Option(help: "La personne : RPPS, numéro ou « NOM Prénom ».") var personne: String?
    @Option(help: "Jour du service (AAAA-MM-JJ ou JJ/MM/AAAA).") var jour: String?
    @Option(help: "Heure de début du service (HH:MM).") var debut: String?

    /// The options read before connecting: an id, or a person, a day and maybe a start.
    enum Checked {
        case id(UUID)
        case day(person: String, day: CalendarDate, start: TimeOfDay?)
    }

    func checked() throws -> Checked {
        if let id {
            guard let uuid = UUID(uuidString: id.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure.message("option --id : identifiant invalide « \(id) » (attendu : 8-4-4-4-12 chiffres hexadécimaux)", status: ExitStatus.badData)
            }
            return .id(uuid)
        }
        guard let personne, let jour else {
            throw ValidationError("indiquez --id, ou bien --personne et --jour (--centre si votre compte dirige plusieurs centres, --debut pour un seul service)")
        }
        return .day(person: personne, day: try parseOption("jour", jour, CalendarDate.parse),
                    start: try debut.map { try parseOption("debut", $0, TimeOfDay.parse) })
    }

    /// The ids of the shifts named; a French error when there is none.
    func shiftIDs(_ checked: Checked, queries: PlanningQueries) throws -> [UUID] {
        guard case .day(let reference, let day, let start) = checked else {
            if case .id(let id) = checked { return [id] }
            return []
        }
        let centre = try queries.centre(option: centre)
        let person = try PeopleQueries(connection: queries.connection).find(reference)
        let ids = try queries.shiftIDs(centreID: centre.id, personID: person.id, day: day, start: start)
        guard !ids.isEmpty else {
            throw StoreError.notFound("aucun service de \(person.display) le \(ScheduleFrench.date(day))\(start.map { " à \($0)" } ?? "") au centre \(centre.name)")
        }
        return ids
    }

    /// The one shift named; a French error when there is none or several (then --debut tells them apart).
    func shift(_ checked: Checked, queries: PlanningQueries) throws -> DescribedShift {
        let ids = try shiftIDs(checked, queries: queries)
        let shifts = try ids.compactMap { try queries.shift(id: $0) }
        guard shifts.count == 1, let shift = shifts.first else {
            if shifts.isEmpty { throw StoreError.notFound("aucun service n°\(ids.first?.uuidString.lowercased() ?? "?")") }
            let starts = shifts.map { ScheduleFrench.period($0.shift.interval) }.joined(separator: ", ")
            throw StoreError.ambiguous("\(shifts[0].personName) a \(shifts.count) services ce jour-là (\(starts)) : précisez lequel avec --debut")
        }
        return shift
    }
}
