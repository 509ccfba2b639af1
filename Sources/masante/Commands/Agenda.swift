import ArgumentParser
import MaSanteApp
import MaSanteStore

/// `masante agenda …`: the secret addresses of the calendars people subscribe to (`.ics` served
/// by `masante serveur` under `/agenda/`), made and revoked by HR or the centre's manager.
struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Liens d'abonnement aux agendas (.ics) d'une personne ou d'un centre : créer, révoquer (RH, responsable du centre).",
        subcommands: [Lien.self, Revoquer.self])

    /// The person or the centre of `--personne` / `--centre`, looked up under the login's role.
    struct OwnerOptions: ParsableArguments {
        @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") var personne: String?
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?

        func validate() throws {
            guard (personne == nil) != (centre == nil) else {
                throw ValidationError("indiquez soit --personne, soit --centre")
            }
        }

        /// The owner and how to name it in a message.
        func owner(_ session: Session) throws -> (CalendarLinks.Owner, String) {
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

    struct Lien: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Crée le lien secret de l'agenda d'une personne (ses services publiés) ou d'un centre (ses semaines publiées).",
            discussion:
                "Le lien précédent de la même personne ou du même centre est révoqué. Le lien n'est affiché qu'une fois : transmettez-le à la personne, qui l'ajoute à son agenda (Google, Apple, Outlook : « s'abonner à un agenda par URL »)."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var owner: OwnerOptions
        @Option(help: "Adresse publique de l'application web.") var site = "http://127.0.0.1:8080"

        func run() throws {
            let session = try global.connect()
            let (token, name) = try session.transaction {
                let (owner, name) = try owner.owner(session)
                return (try CalendarLinks(session).create(for: owner), name)
            }
            let base = site.hasSuffix("/") ? String(site.dropLast()) : site
            print("Lien d'abonnement à l'agenda \(name) (affiché une seule fois ; tout lien précédent est révoqué) :")
            print("\(base)/agenda/\(token).ics")
        }
    }

    struct Revoquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Révoque le lien de l'agenda d'une personne ou d'un centre : les agendas abonnés ne reçoivent plus rien."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var owner: OwnerOptions

        func run() throws {
            let session = try global.connect()
            let (revoked, name) = try session.transaction {
                let (owner, name) = try owner.owner(session)
                return (try CalendarLinks(session).revoke(owner), name)
            }
            print(
                revoked
                    ? "Lien de l'agenda \(name) révoqué." : "Aucun lien actif pour l'agenda \(name) : rien à révoquer.")
        }
    }
}
