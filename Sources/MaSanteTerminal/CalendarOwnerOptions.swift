public import ArgumentParser
import MaSante
import MaSanteApp
public import MaSanteStore

/// `--personne` or `--centre` of `agenda lien|revoquer`: whose calendar, looked up under the login's role.
public struct CalendarOwnerOptions: ParsableArguments {
    @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") var personne: String?
    @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?

    public init() {}

    public func validate() throws {
        guard (personne == nil) != (centre == nil) else {
            throw ValidationError("indiquez soit --personne, soit --centre")
        }
    }

    /// Connects, then in one transaction finds the owner and runs `body` on its link: what `body`
    /// gives, and the owner's name as a message says it.
    public func withLink<T>(
        _ global: GlobalOptions, _ body: (CalendarLinks, CalendarLinks.Owner) throws -> T
    ) throws -> (T, String) {
        let session = try global.connect()
        return try session.transaction {
            let (owner, name) = try owner(session)
            return (try body(CalendarLinks(session), owner), name)
        }
    }

    /// The owner and how to name it in a message (« de Marie DURAND », « d'Anne… », « du Centre… »).
    func owner(_ session: Session) throws -> (CalendarLinks.Owner, String) {
        if let personne {
            let person = try PeopleQueries(session).find(personne)
            let name = "\(person.firstName) \(person.lastName)"
            return (.person(id: person.id), FrenchText.of(name))
        }
        let centre = try MyCentres(session).centre(option: centre)
        return (.centre(id: centre.id), "du \(centre.name)")
    }
}
