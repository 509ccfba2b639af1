import MaSante

// The centres of the demonstration network.
//
// The first three centres and the others the regional press named (Mazamet, Saint-Martory,
// Lacaune, Saint-Gilles, Saint-Hilaire-de-Brethmas, Lussan, Cugnaux, and the antennes of
// Les Cabannes and Bize-Minervois) are real places of the network, with their départements;
// the remaining centres are real Occitanie communes chosen to spread the network over the 13
// départements, not claims that a centre exists there. Every opening date is invented so that
// the counts match the published trajectory: Nov 2022 6 centres, Jan 2023 7, mid-2023 11,
// Apr 2025 22, Sep 2025 24, Oct 2026 26 (2022: 6 openings, 2023: 7, 2024: 6, 2025: 5, 2026: 2).
// INSEE codes are given as best known; the demo only relies on their format (5 characters
// starting with the département), which the database checks.

/// How a demo centre's week looks.
enum DemoHours {
    /// 08:30–12:30, 14:00–19:00 on weekdays, Saturday 09:00–12:00.
    case standard
    /// 08:00–12:30, 13:30–20:00 on weekdays, Saturday 08:00–12:00: the Assurance Maladie amplitude.
    case long
    /// 08:30–12:30, 13:30–19:00 on weekdays, Saturday 08:30–12:00 (Millas, as in docs/exemples).
    case millas
    /// 08:00–12:00, 14:00–20:00 on weekdays, closed on Saturday (Salviac, as in docs/exemples).
    case salviac
    /// Standard weekdays, closed on Saturday.
    case weekdaysOnly
    /// Not open yet: no hours.
    case none

    var weekday: String {
        switch self {
        case .standard, .weekdaysOnly: "08:30-12:30 14:00-19:00"
        case .long: "08:00-12:30 13:30-20:00"
        case .millas: "08:30-12:30 13:30-19:00"
        case .salviac: "08:00-12:00 14:00-20:00"
        case .none: ""
        }
    }

    var saturday: String {
        switch self {
        case .standard: "09:00-12:00"
        case .long: "08:00-12:00"
        case .millas: "08:30-12:00"
        case .salviac, .weekdaysOnly, .none: ""
        }
    }

    func openingHours() throws -> OpeningHours {
        var hours = OpeningHours()
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            try hours.set(OpeningHours.parseDay(weekday), on: day)
        }
        try hours.set(OpeningHours.parseDay(saturday), on: .samedi)
        return hours
    }
}

/// A satellite site (antenne) of a centre.
typealias DemoSite = NetworkHistory.Site

/// One centre of the demo network and what drives its staffing and activity.
struct DemoCentre {
    let commune: String
    let insee: String
    let status: CentreStatus
    let openedOn: CalendarDate?
    let partner: String
    let hours: DemoHours
    /// How many GPs the centre is meant to have; hires go to the centre furthest from it.
    let gpTarget: Int
    /// Whether the doctors visit an EHPAD nearby.
    let visitsEHPAD: Bool
    let antenne: DemoSite?
    /// For centres not open yet: the dates of the statuses reached so far.
    let pipeline: [(CentreStatus, CalendarDate)]

    var name: String { "Centre de santé \(FrenchText.of(commune))" }
    var departement: String { String(insee.prefix(2)) }

    init(
        _ commune: String, _ insee: String, opened: CalendarDate, gp: Int, hours: DemoHours = .standard,
        ehpad: Bool = false, partner: String? = nil, antenne: DemoSite? = nil
    ) {
        self.commune = commune
        self.insee = insee
        self.status = .ouvert
        self.openedOn = opened
        self.partner = partner ?? "Commune de \(commune)"
        self.hours = hours
        self.gpTarget = gp
        self.visitsEHPAD = ehpad
        self.antenne = antenne
        self.pipeline = []
    }

    init(_ commune: String, _ insee: String, pipeline: [(CentreStatus, CalendarDate)]) {
        self.commune = commune
        self.insee = insee
        self.status = pipeline.last?.0 ?? .candidature
        self.openedOn = nil
        self.partner = "Commune de \(commune)"
        self.hours = .none
        self.gpTarget = 0
        self.visitsEHPAD = false
        self.antenne = nil
        self.pipeline = pipeline
    }

    /// The centre as the store writes it: the importer's record, its lifecycle, its antenne.
    func described() throws -> NetworkHistory.Centre {
        let code = try INSEECode.parse(insee)
        let record = CentreRecord(
            name: name, commune: commune, insee: code, departement: code.departement, status: status,
            openedOn: openedOn, partner: partner, hours: try hours.openingHours())
        return NetworkHistory.Centre(
            record: record, history: history.map { (status: $0.0, on: $0.1) }, antenne: antenne)
    }

    /// The dated lifecycle: for an open centre, AMI application, selection, convention and
    /// preparation spread over the months before the opening (the AMI opened in October 2021).
    var history: [(CentreStatus, CalendarDate)] {
        guard let opened = openedOn else { return pipeline }
        let earliest = DemoCalendar.date(2021, 11, 2)
        let start = max(earliest, opened.adding(days: -450))
        let span = start.days(until: opened)
        func at(_ fraction: Double) -> CalendarDate { start.adding(days: Int((Double(span) * fraction).rounded())) }
        return [
            (.candidature, start), (.retenue, at(0.3)), (.conventionSignee, at(0.6)), (.enPreparation, at(0.8)),
            (.ouvert, opened),
        ]
    }
}

enum DemoCentres {
    private static func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { DemoCalendar.date(year, month, day) }

    /// The 26 centres open by October 2026, in order of opening, then 3 still in the pipeline: the
    /// centres the seeded draws of staff and activity run over.
    static let all: [DemoCentre] = [
        // 2022: 6 openings (6 centres in November 2022).
        DemoCentre("Sainte-Croix-Volvestre", "09268", opened: d(2022, 7, 1), gp: 5, ehpad: true),
        DemoCentre("Salviac", "46297", opened: d(2022, 7, 18), gp: 4, hours: .salviac),
        DemoCentre("Millas", "66108", opened: d(2022, 9, 5), gp: 6, hours: .millas),
        DemoCentre("Saint-Martory", "31508", opened: d(2022, 10, 3), gp: 4),
        DemoCentre("Lacaune", "81124", opened: d(2022, 10, 17), gp: 4, ehpad: true),
        DemoCentre("Mazamet", "81163", opened: d(2022, 11, 7), gp: 7),
        // 2023: 7 openings (7 centres in January, 11 by the end of June).
        DemoCentre("Saint-Gilles", "30258", opened: d(2023, 1, 9), gp: 6),
        DemoCentre(
            "Decazeville", "12089", opened: d(2023, 3, 6), gp: 6, ehpad: true, partner: "Decazeville Communauté"),
        DemoCentre("Lodève", "34142", opened: d(2023, 4, 3), gp: 5),
        DemoCentre("Langogne", "48080", opened: d(2023, 5, 15), gp: 4, ehpad: true),
        DemoCentre("Mirande", "32256", opened: d(2023, 6, 5), gp: 5),
        DemoCentre(
            "Lézignan-Corbières", "11203", opened: d(2023, 9, 4), gp: 6,
            antenne: DemoSite(name: "Antenne de Bize-Minervois", commune: "Bize-Minervois", insee: "11041")),
        DemoCentre("Lannemezan", "65258", opened: d(2023, 11, 6), gp: 5, ehpad: true),
        // 2024: 6 openings.
        DemoCentre("Saint-Hilaire-de-Brethmas", "30259", opened: d(2024, 1, 15), gp: 5),
        DemoCentre("Caussade", "82037", opened: d(2024, 3, 4), gp: 5),
        DemoCentre(
            "Tarascon-sur-Ariège", "09306", opened: d(2024, 4, 2), gp: 4, ehpad: true,
            partner: "Communauté de communes de la Haute-Ariège",
            antenne: DemoSite(name: "Antenne des Cabannes", commune: "Les Cabannes", insee: "09070")),
        DemoCentre(
            "Lussan", "30150", opened: d(2024, 6, 3), gp: 3, hours: .weekdaysOnly,
            partner: "Communauté de communes Pays d'Uzès"),
        DemoCentre("Prades", "66149", opened: d(2024, 9, 2), gp: 4, ehpad: true),
        DemoCentre("Saint-Affrique", "12208", opened: d(2024, 11, 4), gp: 5),
        // 2025: 5 openings (22 centres in April, 24 in September).
        DemoCentre("Marvejols", "48092", opened: d(2025, 1, 6), gp: 4),
        DemoCentre("Lectoure", "32208", opened: d(2025, 2, 3), gp: 4, ehpad: true),
        DemoCentre("Cugnaux", "31157", opened: d(2025, 4, 1), gp: 6, hours: .long),
        DemoCentre("Bédarieux", "34028", opened: d(2025, 6, 2), gp: 4),
        DemoCentre("Bagnères-de-Bigorre", "65059", opened: d(2025, 9, 1), gp: 4),
        // 2026: 2 openings (26 centres in October).
        DemoCentre("Beaumont-de-Lomagne", "82013", opened: d(2026, 1, 5), gp: 3),
        DemoCentre("Quillan", "11304", opened: d(2026, 5, 4), gp: 3, hours: .weekdaysOnly),
        // The pipeline: selected, convention signed, being prepared.
        DemoCentre(
            "Castelnau-Magnoac", "65129", pipeline: [(.candidature, d(2025, 11, 3)), (.retenue, d(2026, 3, 16))]),
        DemoCentre(
            "Florac Trois Rivières", "48061",
            pipeline: [
                (.candidature, d(2025, 6, 2)), (.retenue, d(2025, 10, 6)), (.conventionSignee, d(2026, 4, 13)),
            ]),
        DemoCentre(
            "Revel", "31451",
            pipeline: [
                (.candidature, d(2025, 3, 3)), (.retenue, d(2025, 6, 16)), (.conventionSignee, d(2025, 11, 17)),
                (.enPreparation, d(2026, 6, 1)),
            ]),
    ]

    /// Two more centres in the pipeline (an AMI application, a convention signed), added after the
    /// draws above were fixed: they stay out of the seeded draws, so the published history and
    /// every figure drawn from it are the same with them.
    static let laterApplications: [DemoCentre] = [
        DemoCentre(
            "Espalion", "12096",
            pipeline: [
                (.candidature, d(2025, 9, 1)), (.retenue, d(2026, 1, 19)), (.conventionSignee, d(2026, 7, 6)),
            ]),
        DemoCentre(
            "Saint-Chély-d'Apcher", "48179", pipeline: [(.candidature, d(2026, 9, 14))]),
    ]
}
