import Foundation
import MaSante
import Testing

/// Sample weeks for the week grid renderers' tests.
enum WeekGridFixtures {
    /// Week 49 of 2026 (30 November – 6 December) at the Millas centre, a draft at version 3:
    /// six doctors (one without a contract), a midwife, two nurses, three secretaries.
    /// Consultations, unscheduled-care slots, a home visit in Thuir, an EHPAD visit, a training day,
    /// a congé, a sick day, and a night shift from Friday 22:00 to Saturday 06:00 that leaves
    /// Élodie FABRE 8 h of rest (a blocking finding); no secretary on Saturday (a warning).
    static func millas() throws -> WeekView {
        let week = try ISOWeek.parse("2026-W49")
        var hours = OpeningHours()
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            try hours.set(OpeningHours.parseDay("08:30-12:30 13:30-19:00"), on: day)
        }
        try hours.set(OpeningHours.parseDay("08:30-12:00"), on: .samedi)
        let c = Activity.consultation, snp = Activity.soinsNonProgrammes, sec = Activity.secretariat
        let rows = [
            try row(
                1, "Marie DURAND", "10003456781", .medecinGeneraliste, 35, week,
                [
                    (0, "08:30", "12:30", c, nil), (0, "13:30", "17:00", c, nil), (1, "08:30", "12:30", snp, nil),
                    (1, "14:00", "18:00", c, nil),
                    (2, "08:30", "12:30", c, nil), (3, "08:30", "12:30", c, nil),
                    (3, "14:00", "16:00", .visiteDomicile, "Thuir"),
                    (4, "08:30", "12:30", c, nil), (4, "13:30", "15:30", c, nil),
                ]),
            try row(
                2, "Jean-Pierre CASTEL", "10004567892", .medecinGeneraliste, 35, week,
                [
                    (0, "08:30", "12:30", snp, nil), (0, "13:30", "19:00", c, nil), (1, "08:30", "12:30", c, nil),
                    (1, "14:00", "16:30", .visiteEHPAD, "Les Tilleuls"), (2, "13:30", "19:00", c, nil),
                    (3, "08:30", "12:30", snp, nil),
                    (3, "13:30", "19:00", c, nil), (5, "08:30", "12:00", snp, nil),
                ]),
            try row(
                3, "Léa MARTINEZ", "10005678903", .medecinGeneraliste, 28, week,
                [
                    (0, "08:30", "12:30", c, nil), (0, "13:30", "17:30", c, nil), (1, "08:30", "12:30", c, nil),
                    (1, "13:30", "17:30", c, nil),
                    (2, "08:30", "17:30", .conge, nil), (3, "08:30", "12:30", c, nil), (3, "13:30", "17:30", snp, nil),
                ]),
            try row(
                4, "Sophie ROUSSEL", "10006789014", .medecinGeneraliste, 35, week,
                [
                    (0, "13:30", "19:00", c, nil), (2, "08:30", "12:30", snp, nil), (2, "13:30", "19:00", c, nil),
                    (3, "09:00", "17:00", .formation, nil), (4, "08:30", "12:30", snp, nil),
                    (4, "13:30", "19:00", c, nil),
                ], elsewhere: 4),
            try row(
                5, "Thomas BERNARD", "10007890125", .medecinGeneraliste, 21, week,
                [
                    (1, "13:30", "19:00", c, nil), (2, "08:30", "12:30", c, nil), (4, "13:30", "19:00", snp, nil),
                    (5, "08:30", "12:00", c, nil),
                ]),
            try row(6, "Hugo LLORENS", "LLORENS Hugo", .medecinGeneraliste, nil, week, [(2, "08:30", "12:30", c, nil)]),
            try row(
                7, "Nadia BENALI", "10008901236", .sageFemme, 17.5, week,
                [
                    (0, "09:00", "12:30", c, nil), (1, "08:30", "17:30", .maladie, nil), (3, "13:30", "19:00", c, nil),
                ]),
            try row(
                8, "Élodie FABRE", "10009012347", .infirmier, 35, week,
                [
                    (0, "08:00", "12:00", c, nil), (1, "08:00", "12:00", c, nil), (2, "08:00", "12:00", c, nil),
                    (4, "08:00", "14:00", snp, nil), (4, "22:00", "06:00", snp, nil),
                ]),
            try row(
                9, "Camille ROIG", "10000123458", .infirmier, 24, week,
                [
                    (1, "08:00", "12:00", c, nil), (1, "13:30", "17:30", c, nil), (3, "08:00", "12:00", c, nil),
                    (3, "13:30", "17:30", c, nil), (5, "08:30", "12:00", snp, nil),
                ]),
            try row(
                10, "Isabelle PUJOL", "PUJOL Isabelle", .secretaireMedical, 35, week,
                (0..<5).flatMap { day in
                    [(day, "08:30", "12:30", sec, nil), (day, "13:30", "16:30", sec, nil)]
                }),
            try row(
                11, "Karim HADDAD", "HADDAD Karim", .secretaireMedical, 35, week,
                (0..<5).map { ($0, "12:00", "19:00", sec, nil) }),
            try row(
                12, "Anne VIDAL", "VIDAL Anne", .secretaireMedical, 24, week,
                [
                    (0, "09:00", "12:00", .administratif, nil), (2, "08:30", "12:30", sec, nil),
                    (4, "13:30", "17:30", .formation, nil),
                ]),
        ]
        let friday = week.days[4]
        let rest = Finding(
            rule: .dailyRest, severity: .bloquant, personIDs: [8], centreID: 2,
            interval: DateInterval(start: try instant(friday, "14:00"), end: try instant(friday, "22:00")),
            message:
                "Élodie FABRE : 8 h de repos entre le vendredi 4 décembre 2026 à 14:00 et le vendredi 4 décembre 2026 à 22:00, moins de 11 h (L3131-1)"
        )
        let saturday = week.days[5]
        let secretary = Finding(
            rule: .doctorAndSecretaryPresent, severity: .avertissement, personIDs: [], centreID: 2,
            interval: DateInterval(start: try instant(saturday, "08:30"), end: try instant(saturday, "12:00")),
            message: "Centre de santé de Millas : aucune secrétaire présente le samedi 5 décembre 2026 de 08:30 à 12:00"
        )
        return WeekView(
            centreID: 2, centreName: "Centre de santé de Millas", week: week, status: .brouillon, version: 3,
            openingHours: hours, rows: rows, findings: [rest, secretary])
    }

    /// Week 43 of 2026, whose Sunday the clocks go back: a night from Saturday 22:00 to Sunday 06:00 lasts 9 h.
    static func daylightSavingNight() throws -> WeekView {
        let week = try ISOWeek.parse("2026-W43")
        let night = try row(
            1, "Élodie FABRE", "10009012347", .infirmier, 35, week, [(5, "22:00", "06:00", .soinsNonProgrammes, nil)])
        return WeekView(
            centreID: 2, centreName: "Millas", week: week, status: .publiee, version: 7,
            openingHours: OpeningHours(), rows: [night], findings: [])
    }

    typealias Planned = (day: Int, from: String, to: String, activity: Activity, place: String?)

    /// A person's row; shift ids are `00000000-0000-4000-8000-0000PPPPNNNN` (person, then rank).
    static func row(
        _ id: Int, _ name: String, _ reference: String, _ profession: Profession, _ contract: Double?,
        _ week: ISOWeek, _ planned: [Planned], elsewhere hours: Double = 0
    ) throws -> WeekViewRow {
        let shifts = try planned.enumerated().map { index, item in
            try Shift(
                id: shiftID(person: id, rank: index + 1), personID: id, centreID: 2, day: week.days[item.day],
                from: TimeOfDay.parse(item.from), to: TimeOfDay.parse(item.to), activity: item.activity,
                place: item.place)
        }
        return WeekViewRow(
            personID: id, name: name, reference: reference, profession: profession, contractHours: contract,
            shifts: shifts, hoursElsewhere: hours * 3600)
    }

    static func shiftID(person: Int, rank: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%06d%06d", person, rank))!
    }

    /// A Paris wall-clock time on a day, as an instant.
    static func instant(_ day: CalendarDate, _ time: String) throws -> Date {
        let wallClock = try TimeOfDay.parse(time)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .paris
        let parts = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: wallClock.minutes / 60, minute: wallClock.minutes % 60
        )
        return try #require(calendar.date(from: parts))
    }
}
