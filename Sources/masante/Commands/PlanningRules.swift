import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning {
    struct Regles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ou règle les règles de contrôle d'un centre (activer, désactiver, gravité, limites).",
            discussion:
                "Règles : \(RuleID.allCases.map(\.code).joined(separator: ", ")) (les anciens codes, comme doctorAndSecretaryPresent, restent acceptés). Limites : \(RuleLimitName.allCases.map(\.rawValue).joined(separator: ", ")). Une personne qui travaille dans plusieurs centres reste soumise aux réglages les plus stricts de ces centres."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(help: "Règle à activer.") var activer: [RuleID] = []
        @Option(help: "Règle à désactiver.") var desactiver: [RuleID] = []
        @Option(help: "Gravité d'une règle : regle=bloquant ou regle=avertissement.") var gravite:
            [RuleSeverityChoice] = []
        @Option(help: "Limite : nom=valeur (heures, minutes pour pause_min, nombre), ou nom=defaut.") var limite:
            [RuleLimitChoice] = []

        func run() throws {
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let outcome = try ChangeRules(session).run(
                .init(
                    switchedOn: activer, switchedOff: desactiver, severities: gravite.map { ($0.rule, $0.severity) },
                    limits: limite.map { ($0.name, $0.value) }), centre: centre)
            print(RegistryListings.rules(outcome.settings, centre: centre.name))
            outcome.warnings.forEach { printWarning($0) }
        }
    }
}
