public import ArgumentParser
public import MaSanteApp
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

    /// The owner and how to name it in a message (« de Marie DURAND », « d'Anne… », « du Centre… »).
    public func owner(_ session: Session) throws -> (CalendarLinks.Owner, String) {
        if let personne {
            let person = try PeopleQueries(session).find(personne)
            let name = "\(person.firstName) \(person.lastName)"
            let elided = name.first.map { "AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîô".contains($0) } ?? false
            return (.person(id: person.id), (elided ? "d'" : "de ") + name)
        }
        let centre = try MyCentres(session).centre(option: centre)
        return (.centre(id: centre.id), "du \(centre.name)")
    }
}
