import Foundation

/// The last day of a contract's trial period (« période d'essai »), at its legal maximum.
///
/// CDI (Code du travail L1221-19): 2 months for employees (medical secretaries), 3 for
/// technicians (nurses), 4 for executives (doctors and midwives). CDD (L1242-10): one day per
/// week of the contract, at most two weeks when it lasts six months or less, one month beyond.
///
/// ```swift
/// let start = CalendarDate(year: 2026, month: 9, day: 1)!
/// TrialPeriod.lastDay(profession: .infirmier, type: .cdi, start: start, end: nil)   // 2026-11-30
/// ```
public enum TrialPeriod {
    /// The trial's last day (the day before the trial's length has run from the start).
    public static func lastDay(
        profession: Profession, type: ContractType, start: CalendarDate, end: CalendarDate?
    ) -> CalendarDate {
        switch type {
        case .cdi:
            return start.adding(months: cdiMonths(profession)).adding(days: -1)
        case .cdd:
            let length = end.map { start.days(until: $0) + 1 } ?? 0
            let sixMonthsOrLess = end.map { $0 < start.adding(months: 6) } ?? false
            let days = min(length / 7, sixMonthsOrLess ? 14 : start.days(until: start.adding(months: 1)))
            return start.adding(days: max(days, 1) - 1)
        }
    }

    /// Months of a CDI's trial by the profession's category.
    static func cdiMonths(_ profession: Profession) -> Int {
        switch profession {
        case .medecinGeneraliste, .medecinSpecialiste, .sageFemme: 4
        case .infirmier: 3
        case .secretaireMedical: 2
        }
    }
}

/// Something that ends soon in a person's working life, for HR to act on: a contract (renew it,
/// turn it into a CDI), a long absence (plan the return), a trial period (confirm the hire).
///
/// ```swift
/// Deadline.Kind.contractEnd.label   // "fin de contrat"
/// ```
public struct Deadline: Sendable, Hashable {
    /// What ends.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case contractEnd = "fin_contrat"
        case absenceEnd = "fin_absence"
        case trialEnd = "fin_essai"

        /// The French name users read.
        public var label: String {
            switch self {
            case .contractEnd: "fin de contrat"
            case .absenceEnd: "retour d'absence longue"
            case .trialEnd: "fin de période d'essai"
            }
        }
    }

    public var kind: Kind
    /// The last day of what ends.
    public var date: CalendarDate
    /// What it is about, in French (`CDD du 01/06/2026 au 31/12/2026`).
    public var detail: String

    public init(kind: Kind, date: CalendarDate, detail: String) {
        self.kind = kind
        self.date = date
        self.detail = detail
    }

    /// Whether the deadline falls from `today` to `days` days after it, both included.
    public func isWithin(days: Int, of today: CalendarDate) -> Bool {
        today <= date && date <= today.adding(days: days)
    }
}
