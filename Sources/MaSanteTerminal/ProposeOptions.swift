public import ArgumentParser
public import MaSante
public import MaSanteApp
public import MaSanteStore

/// `--absence`, `--type-absence`, `--du`, `--au` and `--motif` of `planning proposer`: an absence
/// whose shifts are re-planned in the week proposed.
public struct AbsenceReplanOptions: ParsableArguments {
    @Option(
        help:
            "Une absence à replanifier : la personne (RPPS ou « NOM Prénom ») dont les services de ces jours deviennent une absence."
    )
    public var absence: String?
    @Option(help: "Type de l'absence, obligatoire avec --absence.") public var typeAbsence: AbsenceKind?
    @Option(help: "Premier jour de l'absence (dans la semaine).") public var du: CalendarDate?
    @Option(help: "Dernier jour de l'absence (le premier par défaut).") public var au: CalendarDate?
    @Option(
        help:
            "Motif, obligatoire pour replanifier une absence dans une semaine publiée (inscrit dans son historique)."
    ) public var motif: String?

    public init() {}

    /// For the command's `validate()`, through ``OptionRefusal/checking(_:)``: the absence's
    /// options together, and `--motif` as free text (65).
    public func check() throws {
        if absence == nil, typeAbsence != nil || du != nil || au != nil {
            throw UserFailure("options --type-absence, --du, --au : seulement avec --absence", kind: .badData)
        }
        if absence != nil, typeAbsence == nil {
            throw UserFailure(
                "option --type-absence : obligatoire avec --absence (valeurs possibles \(AbsenceKind.allValueStrings.joined(separator: ", ")))",
                kind: .badData)
        }
        try typedOption("motif", motif, as: .freeText)
        if absence != nil, du == nil {
            throw UserFailure(
                "option --du : le premier jour de l'absence est obligatoire avec --absence", kind: .badData)
        }
    }

    /// None of these options given.
    public var isEmpty: Bool { absence == nil && typeAbsence == nil && du == nil && au == nil && motif == nil }

    /// The absence to re-plan in `week`, its days refused when outside it; nil without `--absence`.
    public func replan(in week: ISOWeek) throws -> ProposeWeek.Absence? {
        let days = try du.map {
            try ProposeWeek.Absence.days(first: "\($0)", last: au.map { "\($0)" } ?? "", in: week)
        }
        guard let absence, let kind = typeAbsence?.activity, let days else { return nil }
        return ProposeWeek.Absence(person: absence, kind: kind, first: days.first, last: days.last)
    }
}

/// `--centres` and `--reseau` of `planning proposer`: several centres' week proposed together.
public struct NetworkOptions: ParsableArguments {
    @Option(
        help:
            "Plusieurs centres planifiés ensemble (noms ou parties de noms séparés par des virgules) : qui travaille dans plusieurs d'entre eux y est planifié une seule fois, 48 h, repos et trajets compris (--secondes compte alors par centre)."
    ) public var centres: String?
    @Flag(help: "Tous les centres ouverts ensemble (administrateur, RH).") public var reseau = false

    public init() {}

    /// `--centres` or `--reseau` given.
    public var isChosen: Bool { centres != nil || reseau }

    /// Refuses (64) one of them with `--centre` or an absence's options (`alone` false), or both.
    public func check(alone: Bool) throws {
        guard alone else {
            throw UserFailure(
                "Erreur : options --centres et --reseau : sans --centre, --absence, --type-absence, --du, --au ni --motif (une absence se replanifie centre par centre).",
                kind: .usage)
        }
        guard !(reseau && centres != nil) else {
            throw UserFailure("Erreur : options --centres et --reseau : l'une ou l'autre.", kind: .usage)
        }
    }

    /// The centres `--centres` names, or with `--reseau` every open centre.
    public func chosen(_ propose: ProposeNetwork) throws -> [CentreReference] {
        try centres.map { try propose.centres(named: $0) } ?? propose.networkCentres()
    }
}

/// `--secondes`, `--graine` and `--apercu` of `planning proposer`: how long and from which seed
/// the search runs, and whether its proposal is only shown.
public struct ProposeSearchOptions: ParsableArguments {
    @Option(help: "Temps de recherche maximal, en secondes.") public var secondes: Double = 3
    @Option(
        help:
            "Graine du tirage aléatoire (même graine, même proposition, tant que la recherche finit avant --secondes)."
    ) public var graine: UInt64 = 1
    @Flag(help: "Affiche la proposition sans l'enregistrer (la même que la commande enregistrerait).")
    public var apercu = false

    public init() {}

    /// For the command's `validate()`, through ``OptionRefusal/checking(_:)``: 0 to 600 seconds (65).
    public func check() throws {
        guard secondes > 0, secondes <= 600 else {
            throw UserFailure("option --secondes : entre 0 et 600 secondes (\(secondes))", kind: .badData)
        }
    }

    /// The proposal of `centre`'s `week` searched so, re-planning `absence` for `reason` when given.
    public func request(
        centre: CentreReference, week: ISOWeek, absence: ProposeWeek.Absence?, reason: String?
    ) -> ProposeWeek.Request {
        ProposeWeek.Request(
            centre: centre, week: week, seconds: secondes, seed: graine, absence: absence, reason: reason)
    }
}

extension NetworkOptions {
    /// Proposes the week of the centres chosen (``chosen(_:)``) together, `search.secondes` per
    /// centre up to 600, says it and saves it unless `--apercu`.
    public func propose(_ session: Session, week: ISOWeek, search: ProposeSearchOptions) throws {
        let propose = ProposeNetwork(session)
        let chosen = try chosen(propose)
        let request = ProposeNetwork.Request(
            centres: chosen, week: week, seconds: min(600, search.secondes * Double(chosen.count)),
            seed: search.graine, skipPublished: reseau)
        try propose.propose(request, preview: search.apercu) { print($0) }
    }
}
