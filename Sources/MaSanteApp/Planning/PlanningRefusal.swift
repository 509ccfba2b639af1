public import MaSante
public import MaSanteStore

/// A planning action refused by a rule of what may happen (not by bad input, not by the database).
/// Nothing was written. `description` is what the user reads, in French.
public enum PlanningRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// No centre was named and the login does not run exactly one: `managed` are the ones it runs.
    case centreToChoose(managed: [CentreReference])
    /// A proposal is written into a draft week only; a published week takes the re-planning of an
    /// absence, with a reason.
    case proposalIntoPublishedWeek(centre: String, week: ISOWeek)
    /// The absent person has no work in the centre on the absence's days.
    case nothingToReplan(person: PersonReference, centre: String, first: CalendarDate, last: CalendarDate)
    /// The whole network (`--reseau`) is planned by a login that may plan every centre; a centre
    /// manager names their centres.
    case networkForbidden

    public var description: String {
        switch self {
        case .centreToChoose(let managed):
            return "Indiquez le centre : \(Self.managing(managed))."
        case .proposalIntoPublishedWeek(let centre, let week):
            return
                "La semaine \(week) de \(centre) est publiée : une proposition ne s'écrit que dans une semaine en brouillon, "
                + "sauf pour replanifier une absence (--absence, --type-absence, --du, --motif)."
        case .nothingToReplan(let person, let centre, let first, let last):
            return
                "\(person.lastName) \(person.firstName) n'a aucun service à \(centre) du \(first.french) au \(last.french) : rien à replanifier."
        case .networkForbidden:
            return
                "Le réseau entier (--reseau) se planifie avec un compte administrateur ou RH : nommez vos centres avec --centres."
        }
    }

    /// « votre compte ne dirige aucun centre », « votre compte dirige 2 centres (A, B) ».
    public static func managing(_ centres: [CentreReference]) -> String {
        centres.isEmpty
            ? "votre compte ne dirige aucun centre"
            : "votre compte dirige \(centres.count) centres (\(centres.map(\.name).joined(separator: ", ")))"
    }
}
