public import ArgumentParser
public import MaSante
public import MaSanteApp

/// `--activer`, `--desactiver`, `--gravite` and `--limite` of `planning regles`: the change asked
/// (none: the rules are only shown).
public struct RuleChangeOptions: ParsableArguments {
    @Option(help: "Règle à activer.") public var activer: [RuleID] = []
    @Option(help: "Règle à désactiver.") public var desactiver: [RuleID] = []
    @Option(help: "Gravité d'une règle : regle=bloquant ou regle=avertissement.") public var gravite:
        [RuleSeverityChoice] = []
    @Option(help: "Limite : nom=valeur (heures, minutes pour pause_min, nombre), ou nom=defaut.") public var limite:
        [RuleLimitChoice] = []

    public init() {}

    /// The change as ``ChangeRules`` takes it.
    public var request: ChangeRules.Request {
        ChangeRules.Request(
            switchedOn: activer, switchedOff: desactiver, severities: gravite.map { ($0.rule, $0.severity) },
            limits: limite.map { ($0.name, $0.value) })
    }
}
