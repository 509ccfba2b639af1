import MaSante
import Rostering

// The staff of the demonstration network.
//
// EVERY PERSON HERE IS FICTIONAL. Names are drawn by a seeded generator from lists of common
// French first names and surnames, so any likeness to a real person is a coincidence of common
// names; RPPS numbers come from the range 1999xxxxxxx, which holds no real professional
// (real numbers start with 10), and carry a valid Luhn check digit.
//
// Hires are spread month by month so that the cumulative counts follow what the regional press
// published: Nov 2022 19 GPs; Jan 2023 27 GPs and 13 secretaries; mid-2023 44 GPs, 1 midwife and
// 21 secretaries; Apr 2025 100 doctors (99 GPs and a paediatrician), 6 midwives and 41
// secretaries; Oct 2026 133 health professionals (119 GPs, 10 midwives, 3 nurses, 1 specialist).

/// The whole demo staff, generated from a seed.
struct DemoStaff {
    var hires: [DemoHire] = []
    var candidates: [DemoCandidate] = []

    init(centres: [DemoCentre], random: inout SplitMix) throws {
        var names = DemoNames()
        hires += Self.spread(.medecinGeneraliste, anchors: Self.gpAnchors, centres: centres, random: &random) {
            Double($0.gpTarget)
        }
        hires += Self.spread(.secretaireMedical, anchors: Self.secretaryAnchors, centres: centres, random: &random) {
            0.5 + Double($0.gpTarget) / 2.8
        }
        hires += try Self.named(centres: centres)
        hires.sort { ($0.start, $0.profession.rawValue, $0.centre) < ($1.start, $1.profession.rawValue, $1.centre) }

        var serial = 100_000
        for index in hires.indices {
            let woman = random.chance(Self.shareOfWomen[hires[index].profession] ?? 0.5)
            (hires[index].lastName, hires[index].firstName) = names.draw(woman: woman, random: &random)
            if hires[index].profession.hasRPPS {
                serial += random.int(in: 1...997)
                hires[index].rpps = try Self.rpps(serial: serial)
            }
        }
        Self.contracts(&hires, centres: centres, random: &random)

        let pipeline: [(Profession, [(RecruitmentStage, CalendarDate)], String)] = [
            (
                .medecinGeneraliste, [(.candidat, DemoCalendar.date(2026, 10, 12))],
                "contact au salon des internes de Toulouse"
            ),
            (
                .medecinGeneraliste,
                [(.candidat, DemoCalendar.date(2026, 9, 1)), (.entretien, DemoCalendar.date(2026, 9, 22))],
                "souhaite exercer au futur centre de Revel"
            ),
            (
                .medecinGeneraliste,
                [
                    (.candidat, DemoCalendar.date(2026, 8, 3)), (.entretien, DemoCalendar.date(2026, 8, 25)),
                    (.promesse, DemoCalendar.date(2026, 10, 5)),
                ], "prise de poste prévue en janvier 2027"
            ),
            (.sageFemme, [(.candidat, DemoCalendar.date(2026, 10, 19))], "candidature spontanée"),
            (
                .medecinGeneraliste,
                [
                    (.candidat, DemoCalendar.date(2026, 3, 2)), (.entretien, DemoCalendar.date(2026, 3, 20)),
                    (.abandon, DemoCalendar.date(2026, 4, 15)),
                ], "a choisi une installation en libéral"
            ),
        ]
        for (profession, stages, note) in pipeline {
            let (last, first) = names.draw(woman: random.chance(Self.shareOfWomen[profession] ?? 0.5), random: &random)
            serial += random.int(in: 1...997)
            candidates.append(
                DemoCandidate(
                    lastName: last, firstName: first, profession: profession,
                    rpps: try Self.rpps(serial: serial), stages: stages, note: note))
        }
    }

    // MARK: Trajectory

    /// Cumulative GP hires at the end of these months; linear in between.
    static let gpAnchors: [(DemoMonth, Int)] = [
        (DemoMonth(2022, 7), 5), (DemoMonth(2022, 8), 6), (DemoMonth(2022, 9), 10), (DemoMonth(2022, 10), 15),
        (DemoMonth(2022, 11), 19), (DemoMonth(2022, 12), 23), (DemoMonth(2023, 1), 27), (DemoMonth(2023, 6), 44),
        (DemoMonth(2025, 4), 99), (DemoMonth(2026, 10), 119),
    ]

    static let secretaryAnchors: [(DemoMonth, Int)] = [
        (DemoMonth(2022, 7), 3), (DemoMonth(2022, 9), 5), (DemoMonth(2022, 10), 7), (DemoMonth(2022, 11), 10),
        (DemoMonth(2023, 1), 13), (DemoMonth(2023, 6), 21), (DemoMonth(2025, 4), 41), (DemoMonth(2026, 10), 46),
    ]

    static let shareOfWomen: [Profession: Double] = [
        .medecinGeneraliste: 0.55, .medecinSpecialiste: 0.6, .infirmier: 0.85, .sageFemme: 0.95,
        .secretaireMedical: 0.9,
    ]

    static func cumulative(_ anchors: [(DemoMonth, Int)], at month: DemoMonth) -> Int {
        guard let first = anchors.first, month >= first.0 else { return 0 }
        for (from, to) in zip(anchors, anchors.dropFirst()) where month <= to.0 {
            let fraction = Double(from.0.distance(to: month)) / Double(from.0.distance(to: to.0))
            return Int((Double(from.1) + Double(to.1 - from.1) * fraction).rounded())
        }
        return anchors.last?.1 ?? 0
    }

    /// Hires of one profession, month by month along the anchors: each centre gets one on its
    /// opening day, the others go to the open centre furthest below its target.
    static func spread(
        _ profession: Profession, anchors: [(DemoMonth, Int)], centres: [DemoCentre], random: inout SplitMix,
        target: (DemoCentre) -> Double
    ) -> [DemoHire] {
        var hires: [DemoHire] = []
        var count = Array(repeating: 0, count: centres.count)
        for month in DemoCalendar.firstMonth...DemoCalendar.lastMonth {
            let opening = centres.indices.filter { centres[$0].openedOn.map(DemoMonth.init) == month }
            let due = cumulative(anchors, at: month) - hires.count
            for index in opening {
                hires.append(DemoHire(profession: profession, centre: index, start: centres[index].openedOn!))
                count[index] += 1
            }
            guard due > opening.count else { continue }
            for _ in 0..<(due - opening.count) {
                let open = centres.indices.filter { index in centres[index].openedOn.map { $0 <= month.last } ?? false }
                let index = open.min { a, b in
                    (Double(count[a]) / target(centres[a]), a) < (Double(count[b]) / target(centres[b]), b)
                }!
                let earliest = max(month.first, centres[index].openedOn!)
                let day = DemoCalendar.date(
                    month.year, month.month,
                    random.int(in: earliest.day...month.days))
                hires.append(
                    DemoHire(
                        profession: profession, centre: index,
                        start: DemoCalendar.workingDay(day, within: earliest...month.last)))
                count[index] += 1
            }
        }
        return hires
    }

    /// Midwives, nurses and the specialist: few enough to be placed by hand.
    static func named(centres: [DemoCentre]) throws -> [DemoHire] {
        func centre(_ commune: String) -> Int { centres.firstIndex { $0.commune == commune }! }
        func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { DemoCalendar.date(year, month, day) }
        let midwives: [(String, CalendarDate)] = [
            ("Millas", d(2023, 5, 2)), ("Mazamet", d(2023, 10, 2)), ("Decazeville", d(2024, 2, 5)),
            ("Saint-Gilles", d(2024, 5, 13)), ("Lézignan-Corbières", d(2024, 10, 7)), ("Lannemezan", d(2025, 3, 3)),
            ("Cugnaux", d(2025, 6, 16)), ("Saint-Hilaire-de-Brethmas", d(2025, 10, 6)), ("Lodève", d(2026, 2, 2)),
            ("Caussade", d(2026, 6, 1)),
        ]
        let nurses: [(String, CalendarDate)] = [
            ("Lacaune", d(2023, 9, 4)), ("Langogne", d(2024, 9, 16)), ("Mirande", d(2026, 3, 2)),
        ]
        var hires = midwives.map { DemoHire(profession: .sageFemme, centre: centre($0.0), start: $0.1) }
        hires += nurses.map { DemoHire(profession: .infirmier, centre: centre($0.0), start: $0.1) }
        guard let paediatrics = Specialty(code: "pediatrie") else {
            preconditionFailure("spécialité pédiatrie absente du référentiel")
        }
        hires.append(
            DemoHire(
                profession: .medecinSpecialiste, specialty: paediatrics, centre: centre("Saint-Gilles"),
                start: d(2024, 4, 2), hours: 28))
        return hires
    }

    static func rpps(serial: Int) throws -> RPPS {
        let first10 = "1999" + String(serial).leftPadded(to: 6)
        return try RPPS.parse(first10 + String(RPPS.checkDigit(for: first10)))
    }

    // MARK: Contracts

    /// Part time, CDDs (turned into CDIs, ended, or still running), departures and people
    /// shared between two centres of a département.
    static func contracts(_ hires: inout [DemoHire], centres: [DemoCentre], random: inout SplitMix) {
        for index in hires.indices where hires[index].profession != .medecinSpecialiste {
            let u = random.fraction()
            switch hires[index].profession {
            case .secretaireMedical: hires[index].hours = u < 0.08 ? 17.5 : u < 0.22 ? 28 : 35
            case .sageFemme, .infirmier: hires[index].hours = u < 0.15 ? 28 : 35
            default: hires[index].hours = u < 0.06 ? 17.5 : u < 0.16 ? 28 : 35
            }
        }
        var taken = Set<Int>()
        func choose(_ count: Int, where eligible: (DemoHire) -> Bool) -> [Int] {
            var pool = hires.indices.filter { !taken.contains($0) && eligible(hires[$0]) }
            var chosen: [Int] = []
            while chosen.count < count, !pool.isEmpty {
                let index = pool.remove(at: random.int(in: 0...pool.count - 1))
                chosen.append(index)
                taken.insert(index)
            }
            return chosen.sorted()
        }
        let gpOrSecretary: (DemoHire) -> Bool = {
            $0.profession == .medecinGeneraliste || $0.profession == .secretaireMedical
        }

        // A year's CDD, then a CDI from the next day.
        for index in choose(
            4,
            where: {
                gpOrSecretary($0) && $0.start >= DemoCalendar.date(2023, 1, 1)
                    && $0.start <= DemoCalendar.date(2025, 6, 30)
            })
        {
            let end = hires[index].start.adding(months: 12).adding(days: -1)
            hires[index].kind = .cdd
            hires[index].end = end
            hires[index].followOn = end.adding(days: 1)
        }
        // A six-month CDD, after which the person left.
        for index in choose(
            2,
            where: {
                gpOrSecretary($0) && $0.start >= DemoCalendar.date(2024, 1, 1)
                    && $0.start <= DemoCalendar.date(2026, 3, 31)
            })
        {
            hires[index].kind = .cdd
            hires[index].end = hires[index].start.adding(months: 6).adding(days: -1)
            hires[index].leaves = true
        }
        // A year's CDD still running at the end of October 2026.
        for index in choose(2, where: { gpOrSecretary($0) && $0.start >= DemoCalendar.date(2025, 12, 1) }) {
            hires[index].kind = .cdd
            hires[index].end = hires[index].start.adding(months: 12).adding(days: -1)
        }
        // Departures of people on a CDI, the last day of a month 10 to 30 months after the hire.
        let departing =
            choose(6, where: { $0.profession == .medecinGeneraliste && $0.start <= DemoCalendar.date(2024, 6, 30) })
            + choose(1, where: { $0.profession == .secretaireMedical && $0.start <= DemoCalendar.date(2024, 6, 30) })
        for index in departing {
            let month = DemoMonth(hires[index].start).adding(random.int(in: 10...30))
            hires[index].end = min(month.last, DemoCalendar.date(2026, 9, 30))
            hires[index].leaves = true
        }
        // Two full-time GPs share their week with another centre of their département.
        let shared = choose(
            2,
            where: { hire in
                hire.profession == .medecinGeneraliste && hire.hours == 35 && hire.kind == .cdi
                    && Self.neighbour(of: hire, centres: centres) != nil
            })
        for index in shared {
            hires[index].secondCentre = (Self.neighbour(of: hires[index], centres: centres)!, 0.4)
        }
    }

    /// Another centre of the same département, open when the person was hired.
    static func neighbour(of hire: DemoHire, centres: [DemoCentre]) -> Int? {
        centres.indices.first { index in
            index != hire.centre && centres[index].departement == centres[hire.centre].departement
                && (centres[index].openedOn.map { $0 <= hire.start } ?? false)
        }
    }
}

extension String {
    /// The text with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
