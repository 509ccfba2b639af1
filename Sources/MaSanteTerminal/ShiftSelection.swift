public import ArgumentParser
public import Foundation
public import MaSante
public import MaSanteApp
public import MaSanteStore

/// Options naming existing shifts: by id, or by centre, person, day and (for one shift) start.
public struct ShiftSelection: ParsableArguments {
    @Option(help: "Identifiant du service (colonne id de « planning semaine --format json »).") public var id: String?
    @Option(help: ArgumentHelp(centreOptionHelp)) public var centre: String?
    @Option(help: "La personne : RPPS, numéro ou « NOM Prénom ».") public var personne: String?
    @Option(help: "Jour du service (AAAA-MM-JJ ou JJ/MM/AAAA).") public var jour: CalendarDate?
    @Option(help: "Heure de début du service (HH:MM).") public var debut: TimeOfDay?

    public init() {}

    /// The options read before connecting: an id, or a person, a day and maybe a start.
    public enum Checked {
        case id(UUID)
        case day(person: String, day: CalendarDate, start: TimeOfDay?)
    }

    /// For the command's `validate()`, through ``OptionRefusal/checking(_:)``: an id that is not
    /// one (65), or neither an id nor a person and a day (64).
    public func checked() throws -> Checked {
        if let id {
            guard let uuid = UUID(uuidString: id.trimmingCharacters(in: .whitespaces)) else {
                throw UserFailure(
                    "option --id : identifiant invalide « \(id) » (attendu : 8-4-4-4-12 chiffres hexadécimaux)",
                    kind: .badData)
            }
            return .id(uuid)
        }
        guard let personne, let jour else {
            throw ValidationError(
                "indiquez --id, ou bien --personne et --jour (--centre si votre compte dirige plusieurs centres, --debut pour un seul service)"
            )
        }
        return .day(person: personne, day: jour, start: debut)
    }

    /// The shifts the options choose, once connected: a day's are looked up in the `--centre` centre.
    public func choice(session: Session) throws -> ShiftChoice {
        switch try checked() {
        case .id(let id):
            return .id(id)
        case .day(let person, let day, let start):
            return .day(centre: try MyCentres(session).centre(option: centre), person: person, day: day, start: start)
        }
    }
}
