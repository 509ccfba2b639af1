import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

extension Planning {
    struct Regles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ou règle les règles de contrôle d'un centre (activer, désactiver, gravité, limites).",
            discussion: "Règles : \(RuleID.allCases.map(\.code).joined(separator: ", ")) (les anciens codes, comme doctorAndSecretaryPresent, restent acceptés). Limites : \(RuleLimitName.allCases.map(\.rawValue).joined(separator: ", ")). Une personne qui travaille dans plusieurs centres reste soumise aux réglages les plus stricts de ces centres.")

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(help: "Règle à activer.") var activer: [String] = []
        @Option(help: "Règle à désactiver.") var desactiver: [String] = []
        @Option(help: "Gravité d'une règle : regle=bloquant ou regle=avertissement.") var gravite: [String] = []
        @Option(help: "Limite : nom=valeur (heures, minutes pour pause_min, nombre), ou nom=defaut.") var limite: [String] = []

        func run() throws {
            let switchedOn = try activer.map { try parseOption("activer", $0, RuleID.parse) }
            let switchedOff = try desactiver.map { try parseOption("desactiver", $0, RuleID.parse) }
            let severities = try gravite.map { text in
                try parseOption("gravite", text) { (text: String) throws(FieldError) in
                    let (rule, value) = try Self.pair(text)
                    return (try RuleID.parse(rule), try Severity.parse(value))
                }
            }
            let limits = try limite.map { text in
                try parseOption("limite", text) { (text: String) throws(FieldError) -> (RuleLimitName, Double?) in
                    let (name, value) = try Self.pair(text)
                    let limit = try RuleLimitName.parse(name)
                    if FrenchText.key(value) == "defaut" { return (limit, nil) }
                    let number = try FrenchNumber.parseDecimal(value)
                    var probe = RuleLimits()
                    try limit.set(number, in: &probe)
                    return (limit, number)
                }
            }
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let outcome = try ChangeRules(session).run(
                .init(switchedOn: switchedOn, switchedOff: switchedOff, severities: severities, limits: limits), centre: centre)
            print(RegistryListings.rules(outcome.settings, centre: centre.name))
            for name in outcome.looserThanDefault {
                printWarning("\(name.rawValue) = \(name.text(in: outcome.settings.limits)) est moins strict que la limite légale par défaut (\(name.text(in: RuleLimits()))) : vérifiez qu'un accord le permet.")
            }
        }

        private static func pair(_ text: String) throws(FieldError) -> (String, String) {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw FieldError("« \(text) » : attendu nom=valeur")
            }
            return (parts[0], parts[1])
        }
    }
}
