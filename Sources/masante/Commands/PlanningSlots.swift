import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning {
    /// `masante planning creneaux …`: the published week as bookable slots.
    struct Creneaux: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Créneaux de consultation et de soins non programmés d'une semaine, pour l'agenda et le SAS.",
            subcommands: [Exporter.self, Regles.self, Lien.self, Revoquer.self], defaultSubcommand: Exporter.self)
    }
}

extension Planning.Creneaux {
    struct Exporter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte les créneaux d'une semaine publiée (FHIR R4 pour le SAS, csv ou ics).",
            discussion:
                "Les services de consultation deviennent des créneaux avec rendez-vous, les soins non programmés des créneaux du jour même, jamais pendant une visite, une absence ou une fermeture du centre. Chaque créneau garde le même identifiant d'un export à l'autre ; un créneau d'un export précédent qui a disparu de la semaine publiée revient comme « retiré » (busy-unavailable)."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var week: WeekOptions
        @Option(help: "Format : fhir, csv ou ics.") var format = "fhir"
        @Flag(help: "Exporter aussi une semaine encore en brouillon.") var brouillons = false
        @OptionGroup var output: OutputOptions

        static let formats = ["fhir", "csv", "ics"]

        func validate() throws {
            guard Self.formats.contains(format.lowercased()) else {
                throw ValidationError(
                    "format inconnu « \(format) » : valeurs possibles \(Self.formats.joined(separator: ", "))")
            }
        }

        func run() throws {
            try output.check(holding: .personal)
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: week.centre)
            let slots = try ExportSlots(session).run(centre: centre, week: week.week(), includeDrafts: brouillons)
            let text =
                switch format.lowercased() {
                case "csv": SlotListing(slots: slots).csv
                case "ics": SlotListing(slots: slots).ics
                default: try SlotBundle(slots: slots).json()
                }
            try output.emit(
                text, holding: .personal,
                done: "Créneaux (\(slots.freeCount) libre(s), \(slots.withdrawnCount) retiré(s)) écrits")
        }
    }

    struct Regles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ou règle le découpage en créneaux d'un centre (durée, marge de fin de demi-journée).",
            discussion:
                "Par défaut : consultation en créneaux de 20 min, soins non programmés de 15 min, sans marge. Durée de \(SlotRule.lengths.lowerBound) à \(SlotRule.lengths.upperBound) min, marge de \(SlotRule.endMargins.lowerBound) à \(SlotRule.endMargins.upperBound) min."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(help: "Activité à régler : consultation ou soins_non_programmes.") var activite: Activity?
        @Option(help: "Durée d'un créneau, en minutes.") var duree: Int?
        @Option(help: "Marge laissée libre à la fin de chaque demi-journée, en minutes.") var marge: Int?
        @Flag(help: "Revenir au réglage par défaut de l'activité.") var defaut = false

        func validate() throws {
            let changes = duree != nil || marge != nil || defaut
            if changes && activite == nil {
                throw ValidationError(
                    "option --activite manquante : valeurs possibles consultation, soins_non_programmes")
            }
            if defaut && (duree != nil || marge != nil) {
                throw ValidationError("--defaut ou bien --duree/--marge, pas les deux")
            }
            try OptionRefusal.checking {
                if let activite { try Self.check("activite", activity: activite) }
                if let duree { try Self.check("duree", length: duree) }
                if let marge { try Self.check("marge", margin: marge) }
            }
        }

        /// Says a refused value with the name of its option (65).
        static func check(
            _ option: String, activity: Activity = .consultation, length: Int = 20, margin: Int = 0
        ) throws {
            do {
                _ = try SlotRule(activity: activity, length: length, endMargin: margin)
            } catch {
                throw UserFailure("Erreur : option --\(option) : \(error.message)", kind: .badData)
            }
        }

        func run() throws {
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let action = ChangeSlotRules(session)
            var rules: [SlotRule] = []
            var resets: [Activity] = []
            if let activite, defaut {
                resets.append(activite)
            } else if let activite, duree != nil || marge != nil {
                let current = try action.run([], centre: centre)[activite]
                rules.append(
                    try SlotRule(
                        activity: activite, length: duree ?? current.length, endMargin: marge ?? current.endMargin))
            }
            print(SlotRulesText.render(try action.run(rules, resets: resets, centre: centre), centre: centre.name))
        }
    }

    struct Lien: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Donne au SAS un jeton secret pour rechercher les créneaux du centre (GET /fhir/Slot).",
            discussion:
                "Le jeton n'est affiché qu'une fois ; un nouveau jeton révoque l'ancien. Le SAS l'envoie dans l'en-tête « Authorization: Bearer … » et ne lit que les créneaux des semaines publiées, tels que le dernier « planning creneaux » les a exportés."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?

        func run() throws {
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let token = try SASAccess(session).create(centre: centre)
            print(
                "Accès du SAS aux créneaux de \(centre.name) (à transmettre une seule fois ; l'ancien jeton est révoqué) :"
            )
            print("  recherche : GET /fhir/Slot?start=ge…&_include=Slot:schedule&_include=Schedule:actor")
            print("  en-tête   : Authorization: Bearer \(token)")
        }
    }

    struct Revoquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Révoque le jeton du SAS d'un centre : ses recherches de créneaux sont refusées (401).")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?

        func run() throws {
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let revoked = try SASAccess(session).revoke(centre: centre)
            print(
                revoked
                    ? "Jeton du SAS de \(centre.name) révoqué."
                    : "\(centre.name) n'avait pas de jeton du SAS en cours : rien à révoquer.")
        }
    }
}
