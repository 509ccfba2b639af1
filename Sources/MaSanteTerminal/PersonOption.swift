public import ArgumentParser

/// `--personne`, one person named as every command names them (an RPPS, `n°12` or « NOM Prénom »).
public struct PersonOption: ParsableArguments {
    @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") public var personne: String

    public init() {}
}
