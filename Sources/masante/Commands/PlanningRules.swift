import MaSanteTerminal

extension Planning {
    struct Regles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ou règle les règles de contrôle d'un centre (activer, désactiver, gravité, limites).",
            discussion:
                "Règles : \(RuleID.allCases.map(\.code).joined(separator: ", ")) (les anciens codes, comme doctorAndSecretaryPresent, restent acceptés). Limites : \(RuleLimitName.allCases.map(\.rawValue).joined(separator: ", ")). Une personne qui travaille dans plusieurs centres reste soumise aux réglages les plus stricts de ces centres."
        )

        @OptionGroup var centre: CentreChoice
        @OptionGroup var rules: RuleChangeOptions

        func run() throws {
            let (session, centre) = try centre.open()
            let outcome = try ChangeRules(session).run(rules.request, centre: centre)
            print(RegistryListings.rules(outcome.settings, centre: centre.name))
            outcome.warnings.forEach { printWarning($0) }
        }
    }
}
