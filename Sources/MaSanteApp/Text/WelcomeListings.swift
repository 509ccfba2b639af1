public import MaSante
public import MaSanteReports
public import MaSanteStore

extension TemplateStep {
    /// `accueil modele liste` in `format`: French labels in text, codes in csv and json.
    public static func document(_ steps: [TemplateStep], _ format: OutputFormat) -> String {
        let reading = format == .texte
        let listing = Listing(
            columns: ["profession", "delai", "groupe", "element", "intervenant"],
            rows: steps.map { s in
                [
                    .text(reading ? s.profession.label : s.profession.rawValue),
                    reading ? .text(s.step.offset.french) : .integer(s.step.offset.days),
                    .text(reading ? s.step.group.label : s.step.group.rawValue), .text(s.step.label),
                    .text(reading ? s.step.owner.label : s.step.owner.rawValue),
                ]
            })
        return WelcomeText.render(listing, format, empty: "Aucun élément dans le modèle.")
    }
}

extension EditWelcomeTemplate.Outcome {
    /// What `accueil modele ajouter` says.
    public var french: String {
        let step = request.step
        let whose =
            request.professions.count == Profession.allCases.count
            ? "toutes les professions" : request.professions.map(\.label).joined(separator: ", ")
        let what = "« \(step.label) » (\(step.group.label), \(step.owner.label), \(step.offset.french))"
        if added + changed == 0 { return "Modèle d'accueil inchangé : \(what) y figure déjà (\(whose))." }
        return "Modèle d'accueil : \(what) ajouté à \(added) modèle(s), modifié dans \(changed) (\(whose))."
    }
}

extension WelcomeChecklist {
    /// `accueil voir` in `format`: in text, the person and where the welcome stands on `day`,
    /// then the numbered items (the numbers `accueil cocher` takes).
    public func document(_ format: OutputFormat, on day: CalendarDate) -> String {
        let reading = format == .texte
        let listing = Listing(
            columns: ["n", "echeance", "delai", "groupe", "element", "intervenant", "statut", "le", "note"],
            rows: items.enumerated().map { index, line in
                let item = line.item
                return [
                    .integer(index + 1), .date(item.step.offset.due(from: start)),
                    reading ? .text(item.step.offset.french) : .integer(item.step.offset.days),
                    .text(reading ? item.step.group.label : item.step.group.rawValue), .text(item.step.label),
                    .text(reading ? item.step.owner.label : item.step.owner.rawValue),
                    .text(reading ? statusWord(item, on: day) : item.status.rawValue),
                    item.closedOn.map(Listing.Cell.date) ?? .null, item.note.map(Listing.Cell.text) ?? .null,
                ]
            })
        guard reading else { return WelcomeText.render(listing, format, empty: "") }
        let closed = items.filter { !$0.item.isOpen(on: day) }.count
        let head =
            "\(person.display), \(person.profession.label) — accueil depuis le \(start.french) : \(closed)/\(items.count) élément(s) clos au \(day.french), \(progress(on: day).label)\n"
        return head + WelcomeText.render(listing, format, empty: "Aucun élément.\n")
    }

    /// « à faire », « en retard », « fait », « sans objet ».
    private func statusWord(_ item: WelcomeItem, on day: CalendarDate) -> String {
        item.isLate(on: day, start: start) ? "en retard" : item.status.label
    }
}

extension WelcomeSummary {
    /// `accueil liste` in `format`, as the checklists stood on `day`; a sentence in text when
    /// there is none (`late`: only the late ones were asked for; `all`: the finished ones too).
    public static func document(
        _ summaries: [WelcomeSummary], _ format: OutputFormat, on day: CalendarDate, late: Bool, all: Bool = false
    ) -> String {
        let reading = format == .texte
        let listing = Listing(
            columns: [
                "numero", "nom", "prenom", "profession", "centres", "debut", "clos", "elements", "en_retard",
                "prochain", "echeance", "etat",
            ],
            rows: summaries.map { s in
                [
                    .integer(s.person.id), .text(s.person.lastName), .text(s.person.firstName),
                    .text(reading ? s.person.profession.label : s.person.profession.rawValue), .text(s.centres),
                    .date(s.start), .integer(s.closed), .integer(s.total), .integer(s.late),
                    s.nextLabel.map(Listing.Cell.text) ?? .null, s.nextDue.map(Listing.Cell.date) ?? .null,
                    .text(reading ? s.progress.label : s.progress.rawValue),
                ]
            })
        let what = late ? " en retard" : all ? "" : " en cours"
        return WelcomeText.render(listing, format, empty: "Aucune liste d'accueil\(what) au \(day.french).\n")
    }
}

extension WelcomeItem {
    /// What `accueil cocher` says once the item of `person` is ticked.
    public func ticked(for person: PersonReference) -> String {
        let when = closedOn.map { " le \($0.french)" } ?? ""
        return "Accueil de \(person.display) : « \(step.label) » \(status.label)\(when)."
    }
}

/// The renderings of the welcome's listings.
enum WelcomeText {
    /// The French titles of the text tables.
    static let titles = [
        "n": "n°", "delai": "délai", "element": "élément", "echeance": "échéance", "debut": "début",
        "etat": "état", "elements": "éléments",
    ]

    /// `listing` in `format`; `empty` in text when it has no row.
    static func render(_ listing: Listing, _ format: OutputFormat, empty: String) -> String {
        let renderer = ListingRenderer(listing: listing, titles: titles)
        return switch format {
        case .json: renderer.json
        case .csv: renderer.csv
        default: listing.rows.isEmpty ? empty : renderer.text
        }
    }
}

extension RecruitWelcome {
    /// What `accueil ouvrir` says once the checklist of `person` is open with `items` items.
    public static func opened(_ person: PersonReference, start: CalendarDate, items: Int) -> String {
        "Liste d'accueil ouverte : \(person.display), \(items) élément(s), échéances depuis le \(start.french)."
    }
}

extension EditWelcomeTemplate {
    /// What `accueil modele retirer` says once `label` is gone from `count` templates.
    public static func removed(_ label: String, from count: Int) -> String {
        "Modèle d'accueil : « \(label) » retiré de \(count) modèle(s)."
    }
}
