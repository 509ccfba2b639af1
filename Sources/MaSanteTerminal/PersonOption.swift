public import ArgumentParser

/// `--personne`, one person named as every command names them (an RPPS, `n°12` or « NOM Prénom »).
public struct PersonOption: ParsableArguments {
    @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") public var personne: String

    public init() {}
}

/// `--personne` of a command about one person, after the connection's (`--base`).
public struct PersonChoice: ParsableArguments {
    @OptionGroup public var global: GlobalOptions
    @OptionGroup public var who: PersonOption

    public init() {}

    /// What the user typed to name the person: an RPPS, `n°12` or « NOM Prénom ».
    public var personne: String { who.personne }
}
