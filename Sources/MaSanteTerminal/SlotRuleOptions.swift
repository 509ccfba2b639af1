public import ArgumentParser
public import MaSante
public import MaSanteApp
public import MaSanteReports
public import MaSanteStore

/// `--activite`, `--duree`, `--marge` and `--defaut` of `planning creneaux regles`: one
/// activity's slot rule to change or put back, checked before connecting.
public struct SlotRuleOptions: ParsableArguments {
    @Option(help: "Activité à régler : consultation ou soins_non_programmes.") public var activite: Activity?
    @Option(help: "Durée d'un créneau, en minutes.") public var duree: Int?
    @Option(help: "Marge laissée libre à la fin de chaque demi-journée, en minutes.") public var marge: Int?
    @Flag(help: "Revenir au réglage par défaut de l'activité.") public var defaut = false

    public init() {}

    public func validate() throws {
        let changes = duree != nil || marge != nil || defaut
        if changes && activite == nil {
            throw ValidationError("option --activite manquante : valeurs possibles consultation, soins_non_programmes")
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
    static func check(_ option: String, activity: Activity = .consultation, length: Int = 20, margin: Int = 0) throws {
        do {
            _ = try SlotRule(activity: activity, length: length, endMargin: margin)
        } catch {
            throw UserFailure("Erreur : option --\(option) : \(error.message)", kind: .badData)
        }
    }

    /// Makes the change (none: only reads) and gives the centre's rules after, as text.
    public func run(_ session: Session, centre: CentreReference) throws -> String {
        let settings = try ChangeSlotRules(session).change(
            activite, length: duree, endMargin: marge, reset: defaut, centre: centre)
        return SlotRulesText.render(settings, centre: centre.name)
    }
}

/// `--format` and `--brouillons` of `planning creneaux exporter`: the document written (a
/// format typed in any case), and whether a draft week is exported too.
public struct SlotExportOptions: ParsableArguments {
    @Option(help: "Format : fhir, csv ou ics.") public var format = "fhir"
    @Flag(help: "Exporter aussi une semaine encore en brouillon.") public var brouillons = false

    public init() {}

    /// An unknown format is a usage error (64) that lists the known ones.
    public func validate() throws {
        guard SlotFormat(rawValue: format.lowercased()) != nil else {
            let formats = SlotFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("format inconnu « \(format) » : valeurs possibles \(formats)")
        }
    }

    /// The format asked (checked by ``validate()``).
    public var slotFormat: SlotFormat { SlotFormat(rawValue: format.lowercased()) ?? .fhir }
}
