import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// A centre's planning settings: which schedule rules it checks and how severely, its limits,
/// its closures; and the `CentreContext` the checker reads, built from them.
public struct CentreSettingsStore {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The rule settings of a centre: defaults, overridden by what the centre chose.
    public func settings(centreID: Int) throws -> RuleSettings {
        try contexts(for: [centreID], days: [])[centreID]?.settings ?? .defaults
    }

    /// Switches a rule on or off, or changes its severity, for one centre.
    public func setRule(_ rule: RuleID, enabled: Bool? = nil, severity: Severity? = nil, centreID: Int) throws {
        let current = try settings(centreID: centreID)[rule]
        try connection.execute(
            """
            INSERT INTO centre_rule_settings (centre_id, rule, enabled, severity)
            VALUES (\(centreID), \(rule.rawValue), \(enabled ?? current.isEnabled), \(severity ?? current.severity)::severity)
            ON CONFLICT (centre_id, rule) DO UPDATE SET enabled = EXCLUDED.enabled, severity = EXCLUDED.severity
            """)
    }

    /// Sets one limit of a centre, in the limit's unit; nil goes back to the default.
    public func setLimit(_ name: RuleLimitName, value: Double?, centreID: Int) throws {
        guard let value else {
            try connection.execute(
                "DELETE FROM centre_rule_limits WHERE centre_id = \(centreID) AND name = \(name.rawValue)")
            return
        }
        var limits = RuleLimits()
        try name.set(value, in: &limits)
        try connection.execute(
            """
            INSERT INTO centre_rule_limits (centre_id, name, value) VALUES (\(centreID), \(name.rawValue), \(value))
            ON CONFLICT (centre_id, name) DO UPDATE SET value = EXCLUDED.value
            """)
    }

    /// The checker's view of each centre: name, commune (for travel), opening hours, the closures among `days`
    /// (public holidays included) and rule settings.
    func contexts(for centreIDs: Set<Int>, days: [CalendarDate]) throws -> [Int: CentreContext] {
        let ids = Array(centreIDs)
        var contexts: [Int: CentreContext] = [:]
        let holidays = PublicHolidays.among(days)
        for row in try connection.query("SELECT id, name, commune FROM centres WHERE id = ANY(\(ids))") {
            let (id, name, commune) = try row.decode((Int, String, String).self)
            contexts[id] = CentreContext(
                centreID: id, name: name, openingHours: OpeningHours(), closures: holidays, commune: commune)
        }
        var ranges: [Int: [Weekday: [TimeRange]]] = [:]
        for row in try connection.query(
            """
            SELECT centre_id, weekday, opens_at, closes_at FROM opening_hours
            WHERE centre_id = ANY(\(ids)) ORDER BY opens_at
            """)
        {
            let (centre, weekday, opens, closes) = try row.decode((Int, Int16, TimeOfDay, TimeOfDay).self)
            guard let day = Weekday(rawValue: Int(weekday)), let range = TimeRange(start: opens, end: closes) else {
                continue
            }
            ranges[centre, default: [:]][day, default: []].append(range)
        }
        for (centre, week) in ranges { contexts[centre]?.openingHours = try OpeningHours(ranges: week) }
        if let first = days.min(), let last = days.max() {
            for row in try connection.query(
                """
                SELECT centre_id, day FROM centre_closures
                WHERE centre_id = ANY(\(ids)) AND day BETWEEN \(first) AND \(last)
                """)
            {
                let (centre, day) = try row.decode((Int, CalendarDate).self)
                contexts[centre]?.closures.insert(day)
            }
        }
        for row in try connection.query(
            """
            SELECT centre_id, rule, enabled, severity::text FROM centre_rule_settings
            WHERE centre_id = ANY(\(ids))
            """)
        {
            let (centre, code, enabled, severity) = try row.decode((Int, String, Bool, String).self)
            guard let rule = RuleID(rawValue: code), let severity = Severity(rawValue: severity) else { continue }
            contexts[centre]?.settings[rule] = RuleSetting(isEnabled: enabled, severity: severity)
        }
        for row in try connection.query(
            """
            SELECT centre_id, name, value::float8 FROM centre_rule_limits
            WHERE centre_id = ANY(\(ids))
            """)
        {
            let (centre, code, value) = try row.decode((Int, String, Double).self)
            guard let name = RuleLimitName(rawValue: code), var limits = contexts[centre]?.settings.limits else {
                continue
            }
            try? name.set(value, in: &limits)
            contexts[centre]?.settings.limits = limits
        }
        return contexts
    }
}
