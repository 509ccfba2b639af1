public import MaSante
public import MaSanteReports
public import MaSanteStore

extension SavedCentre {
    /// What `centres ajouter` (`verb` « ajouté ») or `centres modifier` (« modifié ») says after its warnings.
    public func french(verb: String) -> String {
        unchanged ? "Centre « \(centre.name) » inchangé." : "Centre « \(centre.name) » \(verb)."
    }
}

extension HirePerson.Outcome {
    /// What `personnel ajouter` says: the person recorded, or already recorded just so.
    public var french: String {
        alreadyRecorded
            ? "\(person.lastName) \(person.firstName) : déjà enregistré·e, rien n'a changé."
            : "\(person.lastName) \(person.firstName) enregistré·e (\(person.profession.label), \(person.centre))."
                + welcomeLine
    }

    /// The checklist opened with the hire, and how to see it.
    private var welcomeLine: String {
        guard let items = welcomeItems, !alreadyRecorded else { return "" }
        let who = person.rpps?.digits ?? "\(person.lastName) \(person.firstName)"
        return "\nListe d'accueil ouverte : \(items) élément(s) — masante accueil voir --personne \"\(who)\""
    }
}

extension LongAbsence {
    /// What `personnel absence ajouter` says once the absence is recorded.
    public func recorded(for person: PersonReference) -> String {
        "Absence enregistrée : \(person.display), \(kind.label) \(period)."
    }

    /// What `personnel absence fin` says once the absence ends.
    public func ended(for person: PersonReference) -> String {
        "Retour enregistré : \(person.display), \(kind.label) \(period)."
    }
}

extension RegisterCandidate.Request {
    /// What `recrutement candidat` says once `person` is registered.
    public func recorded(_ person: PersonReference) -> String {
        "Candidat·e enregistré·e : \(person.display), \(profession.label), le \(date.french)."
    }
}

extension MoveRecruitmentStage.Request {
    /// What `recrutement etape` says once `person` has moved to the stage.
    public func moved(_ person: PersonReference) -> String {
        "\(person.display) : étape « \(stage.label) » au \(date.french)."
    }
}

extension Recruitment {
    /// `recrutement liste` in `format`: in text, French labels and the count of people.
    public static func document(_ pipeline: Listing, _ format: OutputFormat) -> String {
        guard format == .texte else { return ListingRenderer(listing: pipeline).render(format) }
        let listing = RegistryListings.labelled(pipeline)
        return ListingRenderer(listing: listing).render(format) + "\(listing.rows.count) personne(s)\n"
    }

    /// `recrutement historique`: the person, then each dated stage with its note.
    public static func historyLines(
        _ person: PersonReference, _ events: [(stage: RecruitmentStage, on: CalendarDate, note: String?)]
    ) -> [String] {
        ["\(person.display), \(person.profession.label)"]
            + events.map { "  \($0.on.french)  \($0.stage.label)\($0.note.map { " — \($0)" } ?? "")" }
    }
}

extension CentreShare {
    /// What `personnel affecter` says: where the person works from `day`, with the shares.
    public static func assigned(_ person: PersonReference, _ shares: [CentreShare], from day: CalendarDate) -> String {
        let places = shares.map { "\($0.centre) \($0.share.french)" }.joined(separator: ", ")
        return "Affectation enregistrée : \(person.display), à partir du \(day.french) : \(places)."
    }
}

extension PersonMove {
    /// What `personnel mutation` says, with the shifts left to re-plan in the centre left.
    public var french: String {
        var text =
            "Mutation enregistrée : \(person.display) travaille à \(to) à partir du \(day.french) "
            + "(\(from.share.french) du contrat), et plus à \(from.centre)."
        if shiftsLeft > 0 {
            text +=
                "\nAttention : \(shiftsLeft) service(s) restent planifiés à \(from.centre) à partir de cette date : "
                + "le responsable du centre doit les retirer."
        }
        return text
    }
}

extension ContractAmendment {
    /// What `personnel avenant` says once the amendment is recorded.
    public func recorded(for person: PersonReference, previous: Contract) -> String {
        "Avenant enregistré : \(person.display), à partir du \(effective.french) : \(changes(from: previous))."
    }
}

extension ContractVersion {
    /// `personnel contrats`: each version of the person's contracts, one per line.
    public static func listing(_ versions: [ContractVersion]) -> Listing {
        Listing(
            columns: ["contrat", "du", "au", "type", "heures_hebdo", "etp", "origine"],
            rows: versions.map { version in
                [
                    .integer(version.contractID), .date(version.terms.start),
                    version.terms.end.map(Listing.Cell.date) ?? .null,
                    .text(version.terms.type.rawValue), .number(version.terms.weeklyHours),
                    .number(version.terms.fte),
                    .text(
                        version.amendedBy.map { "avenant (\($0))" + (version.note.map { " : \($0)" } ?? "") }
                            ?? "contrat"),
                ]
            })
    }
}

extension ContractVersion {
    /// `personnel contrats` in `format`: in text, headed by the person's name.
    public static func document(
        _ versions: [ContractVersion], _ format: OutputFormat, of person: PersonReference
    )
        -> String
    {
        let renderer = ListingRenderer(listing: listing(versions))
        switch format {
        case .texte: return "Contrats de \(person.display) :\n" + renderer.text
        case .json: return renderer.json
        default: return renderer.csv
        }
    }
}

extension RecordDeparture.Request {
    /// What `personnel depart` says once `person` has left.
    public func recorded(_ person: PersonReference) -> String {
        "Départ de \(person.display) enregistré au \(date.french)."
    }
}
